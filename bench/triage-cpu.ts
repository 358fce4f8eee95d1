/**
 * `npx tsx bench/triage-cpu.ts [--root <checkout>] [--rounds 3] [--corpus]`: CPU time per 2,000-character
 * message (`--corpus`: per corpus message as written) (`process.cpuUsage`, user + system, warm), the model with the rules inside it. CPU time
 * rather than wall clock because this machine is shared: another process's work does not count.
 * `--root` measures another checkout's triage with the same messages, for A/B runs taken
 * alternately (see docs/triage/speed.md).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string' }, rounds: { type: 'string' }, corpus: { type: 'boolean' } } });
const root = resolve(values.root ?? resolve(__dirname, '..'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (path: string) => require(resolve(root, path));
const { createProfileRegistry, DEFAULT_POLICY } = load('src/policy/profiles');
const { createClassifier } = load('src/triage/classify');
const { CORPUS_TODAY, loadAll } = load('src/cli/triage-corpora');
const { longMessages } = require('./triage-texts') as typeof import('./triage-texts');

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const corpus = loadAll().map((m: { text: string }) => m.text);
const long = values.corpus ? corpus : longMessages(corpus);
const rounds = Number(values.rounds ?? 3);
const classifier = createClassifier();
const run = (suffix: string) => {
  for (const t of long) classifier.classify(t + suffix, profile, {}, { today: CORPUS_TODAY });
};
// Warm up on other texts: the classifier remembers recent lines, which must not flatter the figure.
run(' warm');
run(' warmer');
const figures: string[] = [];
for (let r = 0; r < rounds; r++) {
  const before = process.cpuUsage();
  run(` round${r}`);
  const used = process.cpuUsage(before);
  figures.push(((used.user + used.system) / 1000 / long.length).toFixed(3));
}
console.log(`${root}: CPU ms per ${values.corpus ? 'corpus' : '2,000-character'} message, ${rounds} rounds of ${long.length}: ${figures.join(' / ')}`);
