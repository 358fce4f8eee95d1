import { createRuleClassifier } from './src/triage/rules';
const r = createRuleClassifier();
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), '=>', r.analyse(t).tokens.map((x) => x.form).join(' '));
