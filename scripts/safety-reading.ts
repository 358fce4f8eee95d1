/**
 * Issue #19, the safety targets: how many urgent and safeguarding lines reach the emergency lines
 * by a flag OR the danger question, and how many other lines get the question. The flags and the
 * question are cue rules (the flag models are off), so the shipped classifier reads the training
 * split as cross-validation would. Never the held-out fold or a fresh corpus: those are filtered
 * out before anything is read.
 *
 *   npx tsx scripts/safety-reading.ts                 # the training split, per language
 *   npx tsx scripts/safety-reading.ts --file f.jsonl  # a labelled set ({text, lang, urgent, safeguarding})
 *   add --list to print the misses and the false alarms (training split or --file only), each question with its source
 *   --without <corpus> leaves a corpus out (a set aside for checking, so --list never shows its lines)
 *
 * The danger question's learned trigger (src/triage/danger-words.ts, tenth safety pass) is trained
 * on the whole training split, so on the training split each corpus's lines are read with a
 * trigger trained without that corpus (a left-out reading, as the ninth pass measured it); a
 * --file is read with the committed trigger. --trigger shipped reads the training split with the
 * committed one (in-sample: not a measure), --trigger off with none (the cue rules alone).
 * Both triggers (a person at risk; since the eleventh pass, an emergency in the home) are trained
 * and left out together; --home off holds the home one out of reach.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { createClassifier } from '../src/triage/classify';
import { trainDangerWords, type DangerWords } from '../src/triage/danger-words';
import committedTrigger from '../src/triage/danger-words.json';
import { createMatcher } from '../src/triage/matcher';
import { CORPUS_TODAY, isHeldOut, loadAll, ruleReader } from '../src/cli/triage-corpora';

const { values } = parseArgs({ options: { file: { type: 'string' }, list: { type: 'boolean', default: false }, corpus: { type: 'string' }, without: { type: 'string', multiple: true }, trigger: { type: 'string', default: 'left-out' }, home: { type: 'string', default: 'on' } } });
type Line = { id: string; text: string; lang: string; urgent?: boolean; safeguarding?: boolean; answers?: Record<string, unknown> & { today?: string } };
const lines: Line[] = values.file
  ? readFileSync(values.file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => ({ id: `${i + 1}`, ...JSON.parse(l) }))
  : loadAll().filter((m) => !isHeldOut(m)).filter((m) => !values.corpus || m.corpus === values.corpus)
      .filter((m) => !values.without?.includes(m.corpus));

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const matcher = createMatcher();
const shipped = committedTrigger as DangerWords;
const off: DangerWords = { ...shipped, threshold: 1.01, homeThreshold: 1.01 };
// A corpus left out (--without) is left out of the triggers' training too.
const training = values.file ? [] : loadAll().filter((m) => !isHeldOut(m) && !values.without?.includes(m.corpus));
const read = ruleReader(profile, CORPUS_TODAY);
// --home off: the home trigger out of reach, the safeguarding one as it is (what the home one adds).
const homeOff = (d: DangerWords): DangerWords => (values.home === 'off' ? { ...d, homeThreshold: 1.01 } : d);
const triggerFor = (corpus: string | undefined): DangerWords => {
  if (values.trigger === 'off') return off;
  if (values.file || values.trigger === 'shipped' || corpus === undefined) return homeOff(shipped);
  return homeOff(trainDangerWords(training.filter((m) => m.corpus !== corpus), read));
};
const classifiers = new Map<string | undefined, ReturnType<typeof createClassifier>>();
const classifierFor = (corpus: string | undefined) => {
  let c = classifiers.get(corpus);
  if (!c) classifiers.set(corpus, (c = createClassifier(undefined, matcher, triggerFor(corpus))));
  return c;
};
const rows = lines.map((l) => ({ l, r: classifierFor((l as { corpus?: string }).corpus).classify(l.text, profile, (l.answers ?? {}) as never, { today: l.answers?.today ?? CORPUS_TODAY }) }));
console.log(`trigger: ${values.trigger === 'off' ? 'off' : values.file || values.trigger === 'shipped' ? 'committed' : "each corpus's lines read with one trained without that corpus"}`);

for (const lang of ['all', 'en', 'cy', 'mixed']) {
  const pick = rows.filter((x) => lang === 'all' || x.l.lang === lang);
  if (!pick.length) continue;
  const part = (f: 'urgent' | 'safeguarding') => {
    const yes = pick.filter((x) => x.l[f]);
    const flagged = yes.filter((x) => x.r[f]).length;
    const asked = yes.filter((x) => !x.r[f] && x.r.confirmDanger).length;
    const falses = pick.filter((x) => x.r[f] && !x.l[f]).length;
    const raised = pick.filter((x) => x.r[f]).length;
    return `${f} ${flagged}/${yes.length} flagged (${falses} false of ${raised} raised) + ${asked} asked = ${flagged + asked}/${yes.length}`;
  };
  const others = pick.filter((x) => !x.l.urgent && !x.l.safeguarding);
  const askedOthers = others.filter((x) => x.r.confirmDanger).length;
  console.log(`${lang.padEnd(5)} n ${pick.length}  ${part('urgent')}  |  ${part('safeguarding')}  |  others asked ${askedOthers}/${others.length}`);
}
/**
 * Which of the question's sources asked (twelfth pass, to group the questions by why): the rules'
 * hazard words about the home or a person, else the safeguarding or the home trigger.
 */
function askedWhy(r: { confirmDanger?: string; signals: Array<{ cue: string }> }): string {
  const cues = new Set(r.signals.map((s) => s.cue));
  if (cues.has('danger_words')) return 'trigger:person';
  if (cues.has('danger_words_home')) return 'trigger:home';
  return r.confirmDanger === 'person' ? 'rules:person' : 'rules:home';
}
{
  // The questions by source: of other lines (false questions) and of urgent or safeguarding lines no flag reached.
  const tally = (pick: typeof rows) => {
    const n = new Map<string, number>();
    for (const { r } of pick) if (r.confirmDanger) n.set(askedWhy(r), (n.get(askedWhy(r)) ?? 0) + 1);
    return [...n].sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  };
  const others = rows.filter((x) => !x.l.urgent && !x.l.safeguarding);
  const missed = rows.filter((x) => (x.l.urgent && !x.r.urgent) || (x.l.safeguarding && !x.r.safeguarding));
  console.log(`asked, by source: others (${tally(others)}); urgent or safeguarding not flagged (${tally(missed)})`);
}
if (values.list) {
  for (const { l, r } of rows) {
    const marks: string[] = [];
    for (const f of ['urgent', 'safeguarding'] as const) {
      if (l[f] && !r[f]) marks.push(`${f} missed${r.confirmDanger ? ' (asked)' : ''}`);
      if (!l[f] && r[f]) marks.push(`${f} FALSE`);
    }
    if (!l.urgent && !l.safeguarding && !r.urgent && !r.safeguarding && r.confirmDanger) marks.push('asked');
    if (!marks.length) continue;
    const cues = r.signals.filter((s) => /^(urgent_|danger_now|no_heat|vulnerable|safeguarding|hazard|danger_words)/.test(s.cue)).map((s) => `${s.cue}:${s.text}`);
    console.log(`${l.id}\t${l.lang}\t${marks.join(', ')}${r.confirmDanger ? `\t${askedWhy(r)}` : ''}\t${l.text.replace(/\s+/g, ' ').slice(0, 300)}${cues.length ? `\t[${cues.join('; ')}]` : ''}`);
  }
}
