/**
 * `npx tsx bench/triage-outputs.ts [--write <file>] [--check <file>]`: every triage output on
 * every corpus line (with its answers) and on the bench's 2,000-character messages, under every
 * shipped profile, as one JSON line each. Speed work must not change a single output: write the
 * file before, check against it after (and the tokens and cue hits behind them too).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProfileRegistry } from '../src/policy/profiles';
import { createClassifier } from '../src/triage/classify';
import { createRuleClassifier } from '../src/triage/rules';
import type { TriageAnswers } from '../src/triage/types';
import { CORPUS_TODAY, loadAll } from '../src/cli/triage-corpora';
import { longMessages } from './triage-texts';

const { values } = parseArgs({ options: { write: { type: 'string' }, check: { type: 'string' } } });
const registry = createProfileRegistry();
const messages = loadAll();
const texts: Array<{ text: string; answers: TriageAnswers }> = [
  ...messages.map((m) => ({ text: m.text, answers: m.answers ?? {} })),
  ...longMessages(messages.map((m) => m.text)).map((text) => ({ text, answers: {} })),
];
const lines: string[] = [];
for (const id of registry.ids()) {
  const profile = registry.get(id);
  const model = createClassifier();
  const rules = createRuleClassifier();
  for (const { text, answers } of texts) {
    const today = { today: answers.today ?? CORPUS_TODAY };
    lines.push(JSON.stringify({ profile: id, text, model: model.classify(text, profile, answers, today), rules: rules.classify(text, profile, answers, today), analysis: rules.analyse(text) }));
  }
}
const body = lines.join('\n') + '\n';
const digest = createHash('sha256').update(body).digest('hex');
console.log(`${lines.length} outputs, sha256 ${digest}`);
if (values.write) writeFileSync(values.write, body);
if (values.check) {
  const before = readFileSync(values.check, 'utf8').split('\n');
  const after = body.split('\n');
  const differ = after.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
  if (differ.length || before.length !== after.length) {
    // Which output, never its text: the corpora include the held-out fold, whose lines nobody
    // tuning triage may read (README "Evaluation").
    const first = differ[0] ?? Math.min(before.length, after.length) - 1;
    const at = first % texts.length;
    const where = at < messages.length ? `${messages[at]!.corpus}/${messages[at]!.id}` : `long message ${at - messages.length + 1}`;
    console.error(`${differ.length} outputs differ (of ${after.length}); first: output ${first + 1}, profile ${registry.ids()[Math.floor(first / texts.length)]}, ${where}`);
    process.exit(1);
  }
  console.log('identical to', values.check);
}
