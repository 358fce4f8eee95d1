/**
 * `npm run eval:triage`: scores triage against the labelled corpora in test/fixtures/ and
 * prints accuracy, per-kind precision and recall and the confusion matrix, per language.
 * The held-out file was written separately, in a different style, and is not used for tuning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../policy/profiles';
import { defaultClassifier, KINDS, type TriageAnswers, type TriageKind, type TriageResult } from '../triage';

interface Labelled {
  id: string;
  lang: 'en' | 'cy' | 'mixed';
  text: string;
  kind: TriageKind;
  reason?: string;
  urgent?: boolean;
  safeguarding?: boolean;
  answers?: TriageAnswers;
}

const { values } = parseArgs({
  options: {
    policy: { type: 'string', default: DEFAULT_POLICY },
    // The date the corpora were written: phrases like "two years ago" are read from it.
    today: { type: 'string', default: '2026-11-20' },
    errors: { type: 'boolean', default: false },
    file: { type: 'string', multiple: true },
  },
});

const profile = createProfileRegistry().get(values.policy!);
const classifier = defaultClassifier();
const files = values.file ?? ['triage-corpus.jsonl', 'triage-dev2.jsonl', 'triage-dev3.jsonl', 'triage-dev4.jsonl', 'triage-heldout.jsonl'];

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '  -  ');
const pad = (s: string | number, n: number) => String(s).padStart(n);

function report(title: string, rows: Array<{ item: Labelled; got: TriageResult }>) {
  if (!rows.length) return;
  const correct = rows.filter((r) => r.got.kind === r.item.kind).length;
  const exact = rows.filter((r) => r.got.kind === r.item.kind && (r.item.kind !== 'excluded' || r.got.reason === r.item.reason)).length;
  const missed = rows.filter((r) => r.item.kind === 'complaint' && ['service_request', 'feedback', 'none'].includes(r.got.kind)).length;
  const complaints = rows.filter((r) => r.item.kind === 'complaint').length;
  console.log(`\n== ${title}: ${rows.length} messages ==`);
  console.log(`kind accuracy ${pct(correct, rows.length)}; kind+reason ${pct(exact, rows.length)}; complaints missed (as service request, feedback or none) ${missed}/${complaints}`);
  console.log(`${'kind'.padEnd(16)} ${pad('precision', 9)} ${pad('recall', 7)} ${pad('n', 4)}`);
  for (const k of KINDS) {
    const tp = rows.filter((r) => r.got.kind === k && r.item.kind === k).length;
    const predicted = rows.filter((r) => r.got.kind === k).length;
    const actual = rows.filter((r) => r.item.kind === k).length;
    if (!predicted && !actual) continue;
    console.log(`${k.padEnd(16)} ${pad(pct(tp, predicted), 9)} ${pad(pct(tp, actual), 7)} ${pad(actual, 4)}`);
  }
  for (const flag of ['urgent', 'safeguarding'] as const) {
    const tp = rows.filter((r) => r.got[flag] && r.item[flag]).length;
    const predicted = rows.filter((r) => r.got[flag]).length;
    const actual = rows.filter((r) => r.item[flag]).length;
    console.log(`${('flag ' + flag).padEnd(16)} ${pad(pct(tp, predicted), 9)} ${pad(pct(tp, actual), 7)} ${pad(actual, 4)}`);
  }
  const short = { complaint: 'cmp', service_request: 'srv', excluded: 'exc', escalation: 'esc', status_query: 'sts', feedback: 'fbk', none: 'non' };
  console.log(`confusion (rows: label, columns: triage)\n${''.padEnd(16)}${KINDS.map((k) => pad(short[k], 5)).join('')}`);
  for (const a of KINDS) {
    const line = KINDS.map((g) => pad(rows.filter((r) => r.item.kind === a && r.got.kind === g).length, 5)).join('');
    console.log(`${a.padEnd(16)}${line}`);
  }
}

for (const file of files) {
  const items: Labelled[] = readFileSync(join(__dirname, '../../test/fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const started = process.hrtime.bigint();
  const rows = items.map((item) => ({ item, got: classifier.classify(item.text, profile, item.answers, { today: item.answers?.today ?? values.today }) }));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`\n######## ${file} (policy ${profile.id}; ${(ms / items.length).toFixed(3)} ms per message)`);
  report('all languages', rows);
  for (const lang of ['en', 'cy', 'mixed'] as const) report(lang, rows.filter((r) => r.item.lang === lang));
  if (values.errors) {
    console.log('\nerrors:');
    for (const r of rows) {
      const wrong = r.got.kind !== r.item.kind || (r.item.kind === 'excluded' && r.got.reason !== r.item.reason);
      for (const flag of ['urgent', 'safeguarding'] as const) {
        if (Boolean(r.got[flag]) !== Boolean(r.item[flag])) console.log(`${r.item.id}\t${flag} ${r.item[flag] ? 'missed' : 'false alarm'}\t${r.item.text}`);
      }
      if (wrong) console.log(`${r.item.id}\t${r.item.kind}${r.item.reason ? '/' + r.item.reason : ''} → ${r.got.kind}${r.got.reason ? '/' + r.got.reason : ''}\t${r.item.text}\t[${r.got.signals.map((s) => `${s.cue}:${s.text}`).join('; ')}]`);
    }
  }
}
