/**
 * `npx tsx bench/triage-phases.ts [--rounds N]`: where a 2,000-character message's CPU goes, by
 * phase, each measured as the difference between cumulative runs over the bench's messages (a
 * fresh suffix a round, so nothing is remembered): tokenising, the cue automaton, the rules'
 * reading (language detection, time limits …), the model's features (expressions, words, pairs)
 * and the rest (scoring, explanations, hazard). `--root <checkout>` measures another checkout.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { longMessages } from './triage-texts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '6' }, root: { type: 'string' } } });
// `--root` measures another checkout's triage with the same messages (A/B runs, as triage-cpu.ts).
const root = resolve(values.root ?? resolve(__dirname, '..'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (path: string) => require(resolve(root, path));
const { createProfileRegistry, DEFAULT_POLICY } = load('src/policy/profiles');
const { createClassifier } = load('src/triage/classify');
const { createMatcher } = load('src/triage/matcher');
const { createRuleClassifier } = load('src/triage/rules');
const { featureIndexOf, messageFeatures } = load('src/triage/message-features');
const committed = load('src/triage/weights.json');
const { CORPUS_TODAY, loadAll } = load('src/cli/triage-corpora');
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const long = longMessages(loadAll().map((m: { text: string }) => m.text));
const matcher = createMatcher();
const rules = createRuleClassifier(matcher);
const model = createClassifier(undefined, matcher);
const index = featureIndexOf(committed);
const today = { today: CORPUS_TODAY };
const cpu = (f: () => void) => {
  const b = process.cpuUsage();
  f();
  const u = process.cpuUsage(b);
  return (u.user + u.system) / 1000 / long.length;
};
let tag = 0;
const rows: number[][] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const texts = () => long.map((t) => `${t} p${tag++}`);
  let a = texts();
  const tok = cpu(() => a.forEach((t) => matcher.tokens(t)));
  a = texts();
  const hits = cpu(() => a.forEach((t) => matcher.hits(matcher.tokens(t)))) - tok;
  a = texts();
  const ruled = cpu(() => a.forEach((t) => rules.classify(t, profile, {}, today)));
  a = texts();
  const withFeatures = cpu(() =>
    a.forEach((t) => {
      const ru = rules.classify(t, profile, {}, today);
      messageFeatures(index, t, rules.analyse(t), ru, {});
    }),
  );
  a = texts();
  const all = cpu(() => a.forEach((t) => model.classify(t, profile, {}, today)));
  rows.push([tok, hits, ruled - tok - hits, withFeatures - ruled, all - withFeatures, all]);
}
const names = ['tokens', 'cue automaton', 'rules (rest)', 'features', 'model rest', 'total'];
const mean = (i: number) => rows.slice(1).reduce((s, r) => s + r[i], 0) / Math.max(1, rows.length - 1);
for (let i = 0; i < names.length; i++) console.log(`${i === 0 ? `${root}\n` : ''}${names[i].padEnd(14)} ${mean(i).toFixed(3)} ms  (${rows.map((r) => r[i].toFixed(2)).join(' / ')})`);
