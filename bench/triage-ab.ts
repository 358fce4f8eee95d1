/**
 * `npx tsx bench/triage-ab.ts --root <checkout> [--rounds 8] [--corpus]`: CPU per 2,000-character
 * message (`--corpus`: per corpus message) of another checkout (A) and this one (B), in one
 * process, the bench's messages in chunks of 20 taken alternately by A and B, so that the
 * machine's load (shared by several engineers) falls on both alike. Prints each side's median over
 * the rounds and the median of the rounds' ratios B/A: at a load of 20, a plain before-and-after
 * of a few percent is lost in the noise, the ratio much less so. Run it twice with `--root` set
 * to this checkout itself (A/A) to see how far apart two identical sides come.
 *
 * `--fresh`: every round reads 400 long messages neither side has read before (warmed up on
 * another 400), as a resident's new message is read; without it, the rounds read the same 400
 * again (a fresh suffix each), which lets what is worked out per combination of words (the
 * prefilter's reduced expressions) be remembered from the warm-up.
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { longMessages } from './triage-texts';

const { values } = parseArgs({ options: { root: { type: 'string' }, rounds: { type: 'string' }, corpus: { type: 'boolean' }, fresh: { type: 'boolean' } } });
if (!values.root) throw new Error('--root <checkout>: the checkout to compare this one with');
const roots = [resolve(values.root), resolve(__dirname, '..')];
const rounds = Number(values.rounds ?? 8);
const SET = 400;
const sides = roots.map((root) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (path: string) => require(resolve(root, path));
  const { createProfileRegistry, DEFAULT_POLICY } = load('src/policy/profiles');
  const { createClassifier } = load('src/triage/classify');
  const { CORPUS_TODAY, loadAll } = load('src/cli/triage-corpora');
  const profile = createProfileRegistry().get(DEFAULT_POLICY);
  const corpus: string[] = loadAll().map((m: { text: string }) => m.text);
  const texts = values.corpus ? corpus : longMessages(corpus, values.fresh ? SET * (rounds + 1) : SET);
  const classifier = createClassifier();
  return {
    texts,
    run(from: number, to: number, suffix: string) {
      for (let i = from; i < to; i++) classifier.classify(texts[i] + suffix, profile, {}, { today: CORPUS_TODAY });
    },
  };
});
// Warm up on other texts: the classifier remembers recent lines, which must not flatter the figure.
const n = values.fresh ? SET : sides[0].texts.length;
for (const s of sides) for (const suffix of [' warm', ' warmer']) s.run(0, n, suffix);
const CHUNK = 20;
const perMessage: number[][] = [[], []];
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const used = [0, 0];
  // Fresh: round r reads messages SET·(r+1) … SET·(r+2), none read before.
  const offset = values.fresh ? SET * (r + 1) : 0;
  for (let from = 0, k = 0; from < n; from += CHUNK, k++) {
    for (const i of k % 2 ? [1, 0] : [0, 1]) {
      const before = process.cpuUsage();
      sides[i].run(offset + from, offset + Math.min(n, from + CHUNK), ` round${r}`);
      const u = process.cpuUsage(before);
      used[i] += u.user + u.system;
    }
  }
  for (const i of [0, 1]) perMessage[i].push(used[i] / 1000 / n);
  ratios.push(used[1] / used[0]);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(' / ');
console.log(`CPU ms per ${values.corpus ? 'corpus' : '2,000-character'} message${values.fresh ? ' (fresh messages each round)' : ''}, ${rounds} rounds of ${n}, load ${loadavg()[0].toFixed(1)}`);
console.log(`A ${roots[0]}: median ${median(perMessage[0]).toFixed(3)} (${list(perMessage[0])})`);
console.log(`B ${roots[1]}: median ${median(perMessage[1]).toFixed(3)} (${list(perMessage[1])})`);
console.log(`B/A: median ${median(ratios).toFixed(3)} (${list(ratios)})`);
