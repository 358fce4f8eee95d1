import { createProfileRegistry, DEFAULT_POLICY } from './src/policy/profiles';
import { featuresOf } from './src/triage/features';
import { createRuleClassifier } from './src/triage/rules';
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const r = createRuleClassifier();
for (const t of process.argv.slice(2)) {
  const ruled = r.classify(t, profile, {}, { today: '2026-11-20' });
  console.log(t, '\n  ', ruled.kind, ruled.reason ?? '', [...featuresOf(t, r.analyse(t), ruled, {}, () => false).keys()].filter((f) => !/^[wb]:/.test(f)).join(' '), '\n  ', r.analyse(t).tokens.map((x) => x.form).join(' '));
}
