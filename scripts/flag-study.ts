/**
 * Issue #19, sixth safety pass (docs/triage/flags.md): how the safety flags' true and false
 * readings divide by the time a message tells its danger in (src/triage/flag-time.ts), on the
 * corpora chosen for study. Never the held-out fold: corpora are read from the training split.
 *
 *   npx tsx scripts/flag-study.ts --corpus casework --corpus dev2 … --file test/fixtures/safety-fresh5.jsonl
 *     --bare     without the not_now settings, to see the false alarms fresh writing brings
 *     --falses   list the false alarms (with the flag's cues); only ever on studied corpora
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { defaultClassifier } from '../src/triage';
import { CUES } from '../src/triage/cues';
import { dangerTime } from '../src/triage/flag-time';
import { createRuleClassifier } from '../src/triage/rules';
import { CORPUS_TODAY, isHeldOut, loadAll } from '../src/cli/triage-corpora';

const { values } = parseArgs({
  options: { file: { type: 'string', multiple: true }, corpus: { type: 'string', multiple: true }, bare: { type: 'boolean', default: false }, falses: { type: 'boolean', default: false } },
});
// Before any classifier is built, which is when the matcher reads the lists.
if (values.bare) CUES.not_now = { en: [], cy: [] };
type Line = { id: string; text: string; lang: string; urgent?: boolean; safeguarding?: boolean; answers?: Record<string, unknown> & { today?: string } };
const lines: Line[] = [
  ...(values.file ?? []).flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => ({ id: `${f}:${i + 1}`, ...JSON.parse(l) }))),
  ...(values.corpus?.length ? loadAll().filter((m) => !isHeldOut(m) && values.corpus!.includes(m.corpus)) : []),
];
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const c = defaultClassifier();
const rules = createRuleClassifier();
const table = new Map<string, number>();
const bump = (k: string) => table.set(k, (table.get(k) ?? 0) + 1);
for (const l of lines) {
  const r = c.classify(l.text, profile, (l.answers ?? {}) as never, { today: l.answers?.today ?? CORPUS_TODAY });
  const when = dangerTime(rules.analyse(l.text).tokens.map((t) => t.form));
  for (const f of ['urgent', 'safeguarding'] as const) {
    bump(`${f}\t${when}\tlabel ${l[f] ? 'yes' : 'no'}\t${r[f] ? 'flag' : 'none'}`);
    if (values.falses && r[f] && !l[f]) {
      const cues = r.signals.filter((s) => /^(urgent_|danger_now|no_heat|vulnerable|safeguarding)/.test(s.cue)).map((s) => `${s.cue}:${s.text}`);
      console.log(`${l.id}\t${f} FALSE\t${when}\t${l.text.replace(/\s+/g, ' ').slice(0, 260)}\t[${cues.join('; ')}]`);
    }
  }
}
for (const [k, n] of [...table].sort()) console.log(`${k}\t${n}`);
