import { ADJUSTMENTS, OUTCOMES, type Adjustment, type Outcome } from '../../src/cases/intake';
import { readAnswer } from '../parse/yes-no';
import { normalise } from '../../src/language/normalise';
import type { RepresentativeKind } from '../../src/policy/schema';
import type { Choice } from '../parse/choices';

/** Synonyms in both languages (and everyday spellings) for each choice the intake offers. */
const choice = <T extends string>(value: T, synonyms: string[]): Choice<T> => ({ value, synonyms: synonyms.map(normalise) });

const OUTCOME_WORDS: Record<Outcome, string[]> = {
  repair: ['repair', 'fix', 'fixed', 'fix it', 'get it fixed', 'sort it', 'sorted', 'repair done', 'problem fixed', 'get the repair or problem fixed', 'trwsio', 'drwsio', 'nhrwsio', 'trwsio fe', 'trwsio fo', 'atgyweirio', "trwsio'r broblem", 'sortio', 'sort it out', 'sort out', 'sorted out', 'cael ei drwsio', 'ei drwsio', 'sortio fo', 'sortio fe', 'gwneud y gwaith'],
  apology: ['apology', 'apologise', 'apologize', 'sorry', 'say sorry', 'an apology', 'ymddiheuriad', 'ymddiheuro', 'sori', 'dweud sori'],
  explanation: ['explanation', 'explain', 'why', 'answers', 'an explanation', 'esboniad', 'eglurhad', 'esbonio', 'egluro', 'pam'],
  compensation: ['compensation', 'money', 'refund', 'reimburse', 'pay', 'paid', 'compo', 'iawndal', 'arian', 'ad-daliad', 'talu', 'pres'],
  change_practice: ['change', 'change how', 'change in how things are done', 'stop it happening again', 'improve', 'learn', 'newid', 'newid y ffordd', 'gwella', 'dysgu', 'ddim yn digwydd eto'],
  staff_action: ['staff', 'contractor', 'action about staff', 'discipline', 'disciplined', 'operative', 'workman', 'aelod o staff', 'contractwr', 'staff member', 'camau ynghylch aelod o staff'],
  other: ['something else', 'other', 'else', 'rhywbeth arall', 'arall'],
};
export const OUTCOME_CHOICES = OUTCOMES.map((o) => choice(o, OUTCOME_WORDS[o]));

const ADJUSTMENT_WORDS: Record<Adjustment, string[]> = {
  large_print: ['large print', 'big print', 'bigger writing', 'large font', 'print bras', 'print mawr', 'llythrennau mawr'],
  braille: ['braille', 'brail'],
  audio: ['audio', 'recording', 'read aloud', 'spoken', 'sain', 'recordiad', 'clywed'],
  easy_read: ['easy read', 'plain language', 'plain english', 'simple words', 'hawdd ei ddarllen', 'iaith glir', 'iaith syml', 'cymraeg clir'],
  bsl_interpreter: ['bsl', 'sign language', 'british sign language', 'signer', 'iaith arwyddion', 'iaith arwyddion prydain', 'dehonglydd iaith arwyddion'],
  interpreter: ['interpreter', 'interpreting', 'another language', 'other language', 'dehonglydd', 'cyfieithydd ar y pryd', 'iaith arall'],
  translator: ['translator', 'translation', 'translated', 'written translation', 'cyfieithiad', 'cyfieithu', 'cyfieithiad ysgrifenedig'],
  more_time: ['more time', 'extra time', 'time', 'mwy o amser', 'amser ychwanegol'],
  phone_not_letters: ['phone', 'phone calls', 'call me', 'ring me', 'telephone', 'no letters', 'ffon', 'ffonio', 'galwadau ffon', 'ffoniwch fi'],
  email_not_letters: ['email', 'e-mail', 'by email', 'e-bost', 'ebost', 'drwy e-bost'],
  home_visit: ['home visit', 'visit', 'visit me', 'come to my home', 'ymweliad', 'ymweliad a r cartref', 'ymweld', 'dod i r ty'],
  named_contact: ['named contact', 'one person', 'same person', 'named person', 'one contact', 'un person', 'person penodol', 'yr un person'],
  advocate: ['someone to speak for me', 'advocate', 'speak for me', 'support worker', 'representative', 'eiriolwr', 'siarad ar fy rhan', 'rhywun i siarad ar fy rhan', 'cynrychiolydd'],
};
export const ADJUSTMENT_CHOICES = ADJUSTMENTS.map((a) => choice(a, ADJUSTMENT_WORDS[a]));

export const NONE_WORDS = ['none', 'no', 'nothing', 'n a', 'na', 'no thanks', 'nope', 'not really', 'im fine', "i'm fine", 'all good', 'dim', 'dim byd', 'dim diolch', 'na dim', 'dim angen', 'iawn diolch', "dwi'n iawn", "dw i'n iawn", 'dim o gwbl', 'dim byd o gwbl', 'na dim byd', 'nothing at all', 'no need', "sa i angen dim", "dw i'm angen dim", "dwi'm angen dim"].map(normalise);

// Said after "nothing" without adding anything: "Dim byd, diolch" is still nothing.
const POLITE_TAIL = /(\s+(diolch|diolch yn fawr|thanks|thank you|ta|cheers|please|plis|pls|tad|wir))+$/;

/**
 * "None" to a pick-any question (adjustments), with or without thanks on the end; or a plain no
 * in any form the yes/no reader knows ("nac oes", "nagoes", "nadw", 👎), which were kept as the
 * resident's own words ("Addasiadau: "nac oes"") where the question asks "Oes unrhyw beth…?".
 */
export function saysNone(text: string): boolean {
  const t = normalise(text);
  if (NONE_WORDS.includes(t) || NONE_WORDS.includes(t.replace(POLITE_TAIL, ''))) return true;
  // A number is a choice from the list ("2" is Braille), though on a yes-or-no list it means no.
  if (/^\s*\d+\s*[.)]?\s*$/.test(text)) return false;
  const r = readAnswer(text);
  return r.answer === 'no' && r.clear;
}

export type RepresentativeChoice = 'resident' | RepresentativeKind;
export const REPRESENTATIVE_CHOICES: Choice<RepresentativeChoice>[] = [
  choice('resident', ["i'm the resident", 'im the resident', 'me', 'myself', 'resident', 'tenant', 'its me', "it's me", 'my own', 'contract holder', 'contract-holder', 'leaseholder', "fi yw'r preswylydd", 'fi', 'fi fy hun', 'preswylydd', 'tenant', 'deiliad contract', 'fi yw r tenant', 'fi sy', 'fi ydy o', 'fi ydi o', 'fi yw e']),
  choice('relative', ['relative', 'family', 'son', 'daughter', 'mum', 'mom', 'mother', 'dad', 'father', 'wife', 'husband', 'partner', 'brother', 'sister', 'gran', 'nan', 'grandson', 'granddaughter', 'carer', 'perthynas', 'teulu', 'mab', 'merch', 'mam', 'tad', 'gwraig', 'gwr', 'brawd', 'chwaer', 'nain', 'mamgu', 'mam-gu', 'taid', 'tadcu', 'gofalwr']),
  choice('friend', ['friend', 'neighbour', 'neighbor', 'mate', 'ffrind', 'cymydog', 'cymdoges']),
  choice('advocate', ['advocate', 'support worker', 'social worker', 'charity', 'citizens advice', 'advice worker', 'eiriolwr', 'gweithiwr cymorth', 'gweithiwr cymdeithasol', 'cyngor ar bopeth']),
  choice('councillor', ['councillor', 'councilor', 'cllr', 'cynghorydd', 'cynghorwr']),
  choice('mp', ['mp', 'member of parliament', "mp's office", 'my mp', 'aelod seneddol', 'aelod seneddol san steffan', 'aelod san steffan']),
  // "AS" alone is read in the question itself: it is also an English word.
  choice('ms', ['ms', 'member of the senedd', 'senedd member', "ms's office", 'my ms', 'welsh parliament', "aelod o'r senedd", 'aelod or senedd', 'aelod o senedd cymru', "swyddfa'r as", 'yr as', 'fy as', 'senedd']),
  choice('power_of_attorney', ['power of attorney', 'attorney', 'lpa', 'deputy', 'atwrneiaeth', 'atwrnai', 'pwer atwrnai']),
  choice('other', ['someone else', 'other', 'solicitor', 'rhywun arall', 'arall', 'cyfreithiwr']),
];

export const LANGUAGE_CHOICES: Choice<'cy' | 'en'>[] = [
  choice('cy', ['cymraeg', 'welsh', 'yn gymraeg', 'in welsh', 'cy', 'gymraeg']),
  choice('en', ['english', 'saesneg', 'yn saesneg', 'in english', 'en', 'eng']),
];
