/**
 * `npm run bench:triage`: how long triage takes per message, corpus messages as written and
 * messages of 2,000 characters (the longest a resident's message is read in full). Every text is
 * distinct, so the classifier's memory of recent lines does not flatter the figures.
 */
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { createClassifier } from '../src/triage/classify';
import { createRuleClassifier } from '../src/triage/rules';
import { CORPUS_TODAY, loadAll } from '../src/cli/triage-corpora';
import { longMessages } from './triage-texts';

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const texts = loadAll().map((m) => m.text.replace(/\n/g, ' '));

const long = longMessages(texts);

function time(name: string, classify: (text: string) => unknown, set: string[]) {
  for (const t of set.slice(0, 50)) classify(t + ' warm');
  const each: number[] = [];
  for (const t of set) {
    const started = process.hrtime.bigint();
    classify(t);
    each.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  each.sort((a, b) => a - b);
  const mean = each.reduce((s, v) => s + v, 0) / each.length;
  const p = (q: number) => each[Math.min(each.length - 1, Math.floor(q * each.length))];
  console.log(`${name.padEnd(34)} n ${String(set.length).padStart(4)}  mean ${mean.toFixed(3)} ms  p50 ${p(0.5).toFixed(3)}  p99 ${p(0.99).toFixed(3)}  max ${p(1).toFixed(3)}`);
}

const model = createClassifier();
const rules = createRuleClassifier();
for (const [name, c] of [['model (rules inside it)', model], ['rules alone', rules]] as const) {
  time(`${name}, corpus messages`, (t) => c.classify(t, profile, {}, { today: CORPUS_TODAY }), texts);
  time(`${name}, 2,000 characters`, (t) => c.classify(t, profile, {}, { today: CORPUS_TODAY }), long);
}
