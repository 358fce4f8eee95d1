/**
 * `npx tsx bench/triage-features.ts [--root <checkout>]`: CPU microseconds per 2,000-character
 * message of the model's features alone (`messageFeatures`: the expressions, their prefilter, the
 * words and pairs), with each message's tokens, cue hits and rules' reading made beforehand.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string' }, rounds: { type: 'string' } } });
const root = resolve(values.root ?? resolve(__dirname, '..'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (path: string) => require(resolve(root, path));
const { createProfileRegistry, DEFAULT_POLICY } = load('src/policy/profiles');
const { createRuleClassifier } = load('src/triage/rules');
const { featureIndexOf, messageFeatures } = load('src/triage/message-features');
const weights = load('src/triage/weights.json');
const { CORPUS_TODAY, loadAll } = load('src/cli/triage-corpora');
const { longMessages } = require('./triage-texts') as typeof import('./triage-texts');

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const long = longMessages(loadAll().map((m: { text: string }) => m.text));
const rules = createRuleClassifier();
const index = featureIndexOf(weights);
const read = long.map((text) => ({ text, analysis: rules.analyse(text), ruled: rules.classify(text, profile, {}, { today: CORPUS_TODAY }) }));
const figures: string[] = [];
for (let r = 0; r < Number(values.rounds ?? 8); r++) {
  const b = process.cpuUsage();
  for (const m of read) messageFeatures(index, m.text, m.analysis, m.ruled, {});
  const u = process.cpuUsage(b);
  figures.push(((u.user + u.system) / long.length).toFixed(0));
}
console.log(`${root}: µs per message, features ${figures.join(' / ')}`);
