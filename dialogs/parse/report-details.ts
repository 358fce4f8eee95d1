import type { Lang } from '../../src/i18n';
import { normalise } from '../../src/language/normalise';
import { readYesNo } from './yes-no';
import { parseWhen } from './dates';

/**
 * Ways of reporting, and counts of times, in either language and in normal form. Welsh verbs
 * appear in the past forms people use ("ffoniais", "ffonies"), and "e-bost" as normalised ("e bost").
 */
const HOW = [
  'phoned', 'phone', 'rang', 'ring', 'called', 'call', 'emailed', 'email', 'e mail', 'wrote', 'written', 'letter', 'letters',
  'online', 'app', 'website', 'portal', 'form', 'text', 'texted', 'message', 'messaged', 'chat', 'told', 'in person', 'office',
  'visited', 'came out', 'came round', 'engineer', 'booked', 'appointment', 'job number', 'twice', 'times', 'again and again',
  'ffonio', 'ffoniais', 'ffonies', 'ffonais', 'ffonion', 'galw', 'galwais', 'e bost', 'ebost', 'ebostio', 'ysgrifennu',
  'ysgrifennais', 'sgwennu', 'sgwennais', 'llythyr', 'llythyrau', 'ar lein', 'arlein', 'gwefan', 'ap', 'neges', 'tecst',
  'tecstio', 'dweud wrth', 'dwedais', 'dywedais', 'swyddfa', 'wyneb yn wyneb', 'apwyntiad', 'trefnu', 'dwywaith', 'gwaith',
  'gweithiau',
].map(normalise);

/** Words that turn "I phoned" into "I didn't phone"; with any of these, nothing is inferred. */
const NEGATION = /(^| )(no|not|never|nobody|didn't|didnt|haven't|havent|hadn't|hadnt|wasn't|wasnt|ddim|naddo|na|heb|erioed|byth)( |$)|n't( |$)/;

/**
 * An answer to "have you reported it before?" that has no yes or no in it but says how or when
 * ("I rang them twice last month", "ffoniais i ddoe") is a yes. One with a negation is not read.
 */
export function impliedYes(text: string, today: string, lang?: Lang): boolean {
  return !NEGATION.test(normalise(text)) && saysWhenOrHow(text, today, lang);
}

/**
 * Whether an answer to "have you reported it before?" already says when or how ("yes, I rang
 * twice last month", "do, ffoniais i dair gwaith ym mis Hydref"), so asking "when and how?"
 * next would make the resident say it again. A bare "yes" or "yes I have" does not.
 */
export function saysWhenOrHow(text: string, today: string, lang?: Lang): boolean {
  const normalised = normalise(text);
  // A bare "yes" or "do" says neither; most answers are one, and the date parser is not cheap.
  if (!normalised.includes(' ') && readYesNo(normalised) !== null) return false;
  const n = ` ${normalised} `;
  return HOW.some((w) => n.includes(` ${w} `)) || parseWhen(text, today, lang) !== null;
}

/** Saying it was reported, in a description: "I reported it twice", "dw i wedi ffonio nhw". */
const REPORTED = [
  'reported it', 'reported this', 'reported the', 'i reported', 'ive reported', 'have reported', 'had reported', 'already reported',
  'i rang', 'i phoned', 'i called them', 'i emailed', 'ive rang', 'ive rung', 'ive phoned', 'ive called', 'ive emailed',
  'rang them', 'phoned them', 'called them', 'emailed them', 'told them', 'ive told', 'i told', 'chased', 'complained before',
  'wedi rhoi gwybod', 'rhoi gwybod iddyn', 'rhoes i wybod', 'rois i wybod', 'ffoniais', 'ffonies', 'wedi ffonio', 'di ffonio',
  'ebostiais', 'e bostiais', 'wedi ebostio', 'wedi e bostio', 'wedi cwyno', 'wedi dweud wrthyn', 'di deud wrthyn', 'wedi deud wrthyn',
  'dwedais i wrthyn', 'dywedais wrthyn', 'sgwennais', 'ysgrifennais',
  // Past by "i mi" + verb-noun and the everyday "nes i"/"wnes i": "er i mi ffonio bob dydd".
  'i mi ffonio', 'i mi roi gwybod', 'i mi ebostio', 'i mi e bostio', 'i mi gwyno', 'nes i ffonio', 'wnes i ffonio', 'ffones i',
  'ffonion ni', 'nes i roi gwybod', 'wnes i roi gwybod',
  // Someone else's report, told by the person writing for them: "er iddo fe ffonio ddwywaith", "she rang them" (found round 14).
  'iddo ffonio', 'iddo fe ffonio', 'iddo fo ffonio', 'iddi ffonio', 'iddi hi ffonio', 'i ni ffonio', 'iddyn nhw ffonio',
  'iddo roi gwybod', 'iddo fe roi gwybod', 'iddo fo roi gwybod', 'iddi roi gwybod', 'iddi hi roi gwybod', 'i ni roi gwybod',
  'he rang', 'she rang', 'he phoned', 'she phoned', 'he called them', 'she called them', 'he emailed', 'she emailed',
  'he has rung', 'she has rung', 'he has phoned', 'she has phoned', 'hes rung', 'shes rung', 'hes phoned', 'shes phoned',
  // Written out, and by a household: "I have rung three times", "we've phoned", "I keep ringing" (found by trial11).
  'i have rung', 'i have rang', 'i have phoned', 'i have called', 'i have emailed', 'i have told', 'we rang', 'we phoned',
  'we called them', 'we emailed', 'weve rung', 'weve rang', 'weve phoned', 'weve called', 'weve emailed', 'we have rung',
  'we have phoned', 'we have called', 'we have emailed', 'ive been ringing', 'ive been phoning', 'ive been calling',
  'keep ringing', 'keep phoning', 'keep calling', 'kept ringing', 'kept phoning', 'kept calling',
  // Reporting that goes on: "I've been reporting the damp since 2023", "dw i wedi bod yn ffonio ers
  // misoedd", "dw i'n dal i ffonio" were asked "have you reported this before?" (found by trial16).
  'ive been reporting', 'i have been reporting', 'weve been reporting', 'been reporting it', 'keep reporting', 'kept reporting',
  'ive been chasing', 'keep chasing', 'keep telling you', 'kept telling you',
  'wedi bod yn ffonio', 'di bod yn ffonio', 'wedi bod yn rhoi gwybod', 'dal i ffonio', 'dal i roi gwybod', 'dal i gwyno', 'ffonio o hyd',
  // Complained, as Welsh "wedi cwyno" already read: "I've complained three times since March" was
  // asked "have you reported this before?" in English only (found trying the bot after the round).
  'ive complained', 'i have complained', 'i complained', 'weve complained', 'we have complained', 'we complained',
  'ive been complaining', 'i have been complaining', 'weve been complaining', 'we have been complaining', 'keep complaining', 'kept complaining',
  'wedi bod yn cwyno', 'di bod yn cwyno', 'nes i gwyno', 'wnes i gwyno', 'gwynais i', 'cwynais',
  // Telling the landlord, said to it ("I've been telling you", north "dw i di bod yn deud wrthach
  // chi", south "wedi gweud wrthoch chi"), and the southern "ffono" for ffonio (found by trial17).
  'ive been telling you', 'i have been telling you', 'weve been telling you', 'ive told you', 'i have told you', 'i told you',
  'dweud wrthoch chi', 'deud wrthach chi', 'deud wrthoch chi', 'gweud wrthoch chi', 'gweud wrtho chi', 'dweud wrthach chi',
  'wedi ffono', 'di ffono', 'bod yn ffono', 'dal i ffono', 'ffones i', 'nes i ffono', 'wnes i ffono',
].map((p) => normalise(p).replace(/'/g, ''));

/**
 * The landlord's own earlier work on it: "you keep painting over it", "they came out and patched
 * it", "dach chi jyst yn peintio drosto fo", "daeth y contractwr allan". Work the landlord did was
 * reported, whoever reported it, so "have you reported this to us before?" is not asked of it: it
 * was asked after "back for the third time, you keep painting over it" (trial16, left; found again
 * by trial17 in both languages). Only with the landlord, its contractor or workmen as the subject:
 * "I painted over it myself" says nothing of a report. In normal form, apostrophes dropped.
 */
const LANDLORD_WORKED = new RegExp(
  [
    // English: the landlord's side as subject, a few adverbs, then the work.
    // "u" and "you lot" as typed on a phone (trial17: "u just keep painting over it").
    ' (?:you|u|you lot|your lot|you guys|youve|you have|they|theyve|they have|the contractors?|your contractors?|the workmen|your workmen|the builders|your builders|the council|the housing|the landlord|the engineers?|your engineers?|the repairs team|maintenance)' +
      '(?: (?:just|only|keep|kept|always|have|had|already|then|simply|once|twice|both))*' +
      ' (?:paint\\w*|patch\\w*|came out|come out|been out|sent (?:someone|somebody|a contractor|an engineer|a workman|workmen|round)|fixed it|fixed this|repaired it|treated it|sprayed it|bodged it|botched it|cleaned it) ',
    // English, the passive: "it just gets painted over", "it's been patched twice".
    ' (?:gets|get|got|been|was|keeps getting|keep getting)(?: (?:just|only|always))? (?:painted|patched|bodged) ',
    // Welsh: chi / nhw / y contractwr as subject ("dach chi jyst yn peintio drosto fo", "maen nhw wedi peintio drosto").
    ' (?:(?:(?:r?y?dych|dach|ych) )?chin?|maen nhwn?|ma nhwn?|man nhwn?|mae nhwn?|nhw wedi|maer contractwr|mae y contractwr|y contractwr)' +
      '(?: (?:wedi|di|dal i|jyst|jest|ond|yn|just|bob tro|o hyd))*' +
      ' (?:peintio|beintio|paentio|baentio|trwsio|drwsio|dod allan|dod mas|anfon rhywun|gyrru rhywun|glanhau|lanhau) ',
    // Welsh: a visit in the past ("daeth y contractwr allan", "daethon nhw mas", "ddaeth rhywun allan").
    ' (?:daeth|ddaeth|daethon|ddaethon|ddoth|dath|naeth|wnaeth)(?: (?:y contractwr|r contractwr|rhywun|nhw|dyn|y dyn|gweithiwr))? (?:allan|mas) ',
  ].join('|'),
);

/**
 * What was sent, named: "the housing officer ignored my emails", "dim ateb i fy e-byst". Having
 * been sent, they were reported, whatever the sentence denies: the negation is of the answer
 * ("nobody has replied to my emails", "my calls are never returned"), which was read as not
 * reported and asked "have you reported this to us before?" straight after (found by trial16).
 */
const SENT = [
  'my emails', 'my e mails', 'my calls', 'my phone calls', 'my messages', 'my letters', 'my reports',
  'fy e byst', 'fy ebyst', 'fy ngalwadau', 'fy negeseuon', 'fy llythyrau',
].map((p) => normalise(p).replace(/'/g, ''));
const REPORTED_OR_SENT = [...REPORTED, ...SENT];

/** A report said with its subject: "i rang", "we phoned", "ive emailed", "ffoniais", "nes i ffonio". */
const OWN_SUBJECT = /^(?:i|ive|we|weve) |^(?:ffoniais|ffonies|ffones|ffonion|ebostiais|e bostiais|sgwennais|ysgrifennais|rhoes i|rois i|dwedais|dywedais|nes i|wnes i) ?/;

/** The words since the last clause boundary: a negation in an earlier clause is about something else. */
const CLAUSE_BREAK = /.*(,|;| but | and | even though | although | though | because | er | ond | a | ac | achos | gan )/;
const ownClause = (before: string) => ` ${before.replace(CLAUSE_BREAK, '')}`;

/**
 * Whether a description says the matter was reported before, and the sentence that says so (as
 * the details when it says how or when). A negation before the reporting ("I never reported it",
 * "dw i ddim wedi ffonio") is not read; one after it is ("I reported it but nobody came").
 */
export function reportedInDescription(text: string, today: string, lang?: Lang): { details?: string } | null {
  for (const sentence of text.split(/(?<=[.!?\n])\s*/)) {
    // Commas end clauses too, but normalise drops them: marked with a clause word first, so the
    // "not" of "the fan has not worked for 2 months, I reported it in October" is not the report's.
    const n = ` ${normalise(sentence.replace(/\s*[,;:]\s*/g, ' and ')).replace(/'/g, '')} `;
    const hits = REPORTED_OR_SENT.filter((p) => n.includes(` ${p} `));
    const worked = LANDLORD_WORKED.exec(n);
    if (hits.length === 0 && !worked) continue;
    const at = Math.min(...hits.map((p) => n.indexOf(` ${p} `)), worked?.index ?? Infinity);
    // Only a negation before the reporting, in its own clause, counts: "I reported it but nobody
    // came" and "nobody has come even though I phoned" were both reported. A report with its own
    // subject ("I rang", "ffoniais") starts a clause of its own, so a negation before it belongs to
    // another even with no punctuation between, as voice-to-text writes it: "nobody come out i rang three times".
    // "Does neb wedi ffonio fi nôl" (nobody has phoned me back) is the landlord's call not made: "neb"
    // as the subject of the reporting negates it; "does neb wedi ateb fy e-byst" still says they were sent.
    if (!hits.some((p) => OWN_SUBJECT.test(p) || SENT.includes(p)) && (NEGATION.test(ownClause(n.slice(0, at + 1)).trim()) || / neb (?:wedi |di )?$/.test(n.slice(0, at + 1)))) continue;
    const s = sentence.trim();
    return saysWhenOrHow(s, today, lang) ? { details: s } : {};
  }
  return null;
}
