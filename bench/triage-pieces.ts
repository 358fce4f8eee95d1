/**
 * `npx tsx bench/triage-pieces.ts --root <checkout> [--piece hits|score|features] [--swap]`: CPU of
 * one piece of reading a 2,000-character message, another checkout (A) against this one (B) in one
 * process, in chunks of 20 taken alternately, as bench/triage-ab.ts does for the whole message:
 * `hits` the cue automaton over tokens already cut (fresh messages each round), `score` the kind
 * model and the two flag models where the rules left them to it, `features` the model's features
 * (expressions, words, pairs) with the rules' reading done beforehand. A piece is a few tenths of
 * a millisecond, so a change to it is lost in a whole message's noise; read alone it shows.
 * `--swap` makes this checkout side A: the harness favours side A under load, so run both ways round.
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { longMessages } from './triage-texts';

const { values } = parseArgs({ options: { root: { type: 'string' }, piece: { type: 'string' }, swap: { type: 'boolean' }, rounds: { type: 'string' } } });
if (!values.root) throw new Error('--root <checkout>: the checkout to compare this one with');
const roots = [resolve(values.root), resolve(__dirname, '..')];
if (values.swap) roots.reverse();
type Piece = 'hits' | 'score' | 'features';
const pieces: Piece[] = values.piece ? [values.piece as Piece] : ['hits', 'score', 'features'];
const rounds = Number(values.rounds ?? 9);
const SET = 400;
const sides = roots.map((root) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (p: string) => require(resolve(root, p));
  const { createMatcher } = load('src/triage/matcher');
  const { createRuleClassifier } = load('src/triage/rules');
  const { featureIndexOf, messageFeatures, scoreMessage } = load('src/triage/message-features');
  const { createProfileRegistry, DEFAULT_POLICY } = load('src/policy/profiles');
  const { CORPUS_TODAY, loadAll } = load('src/cli/triage-corpora');
  const weights = load('src/triage/weights.json');
  const profile = createProfileRegistry().get(DEFAULT_POLICY);
  const matcher = createMatcher();
  const rules = createRuleClassifier(matcher);
  const index = featureIndexOf(weights);
  const texts: string[] = longMessages(loadAll().map((m: { text: string }) => m.text), SET * rounds);
  const tokens = texts.map((t) => matcher.tokens(`${t} piece`));
  const read = texts.slice(0, SET).map((t) => {
    const ruled = rules.classify(t, profile, {}, { today: CORPUS_TODAY });
    const analysis = rules.analyse(t);
    return { t, ruled, analysis, features: messageFeatures(index, t, analysis, ruled, {}) };
  });
  const run: Record<Piece, (i: number) => void> = {
    hits: (i) => matcher.hits(tokens[i]),
    score: (i) => {
      const { ruled, features } = read[i % SET];
      scoreMessage(index, weights.kind, features);
      if (!ruled.urgent) scoreMessage(index, weights.urgent, features);
      if (!ruled.safeguarding) scoreMessage(index, weights.safeguarding, features);
    },
    features: (i) => {
      const { t, ruled, analysis } = read[i % SET];
      messageFeatures(index, t, analysis, ruled, {});
    },
  };
  return run;
});
const cpu = (f: () => void) => {
  const b = process.cpuUsage();
  f();
  const u = process.cpuUsage(b);
  return u.user + u.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`load ${loadavg()[0].toFixed(1)}; A ${roots[0]}, B ${roots[1]}`);
for (const piece of pieces) {
  const ratios: number[] = [];
  // Round 0 warms up and is not counted.
  for (let r = 0; r < rounds; r++) {
    const used = [0, 0];
    for (let from = 0, k = 0; from < SET; from += 20, k++) {
      for (const s of k % 2 ? [1, 0] : [0, 1]) {
        used[s] += cpu(() => {
          for (let i = r * SET + from; i < r * SET + from + 20; i++) sides[s][piece](i);
        });
      }
    }
    if (r > 0) ratios.push(used[1] / used[0]);
  }
  console.log(`${piece}: B/A median ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(' ')})`);
}
