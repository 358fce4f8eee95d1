import { answerWords, readAnswer } from './yes-no';

/**
 * An answer to "please send its reference" that says the resident has none to give: they never
 * had one, lost it, do not know it, or are asking about a repair rather than a complaint. Asking
 * the same question again would only loop, so the enquiry explains what else can be done.
 * Matched as whole words in the forms people type (dialogs/parse/yes-no.ts's `answerWords`),
 * north and south ("sgen i ddim", "does gen i ddim", "dwn i'm").
 */
const PHRASES = [
  // English
  'dont have', 'do not have', 'havent got', 'have not got', 'havent a', 'not got', 'never got', 'never had', 'never given',
  'didnt get', 'did not get', 'wasnt given', 'didnt give', 'no reference', 'no ref', 'without a reference', 'lost', 'cant find',
  'cannot find', 'cant remember', 'forgot', 'forgotten', 'dont know', 'dunno', 'no idea', 'not a complaint', 'a repair',
  'repair not', 'about a repair', 'repairs',
  // Welsh
  'does gen i ddim', 'does gen i m', 'does gennyf ddim', 'does gennai ddim', 'sgen i ddim', 'sgen i m', 'sgin i ddim', 'sgin i m',
  'sgynna i ddim', 'sgynno i ddim', 'sdim', 'dim cyfeirnod', 'heb gyfeirnod', 'heb gael', 'ches i ddim', 'ches i m',
  'ches i mo', 'wedi colli', 'wedi i golli', 'wedi ei golli', 'methu ffeindio', 'methu dod o hyd', 'methu cofio', 'dim syniad',
  'ddim yn gwybod', 'ddim yn cofio', 'nid cwyn', 'ddim yn gwyn', 'dim yn gwyn', 'atgyweiriad', 'gwaith trwsio', 'trwsio',
  // "Does dim un gen i", "does dim un 'da fi", "dim un gyda fi": the everyday order, north and
  // south, which was read as a reference and answered "I couldn't read that" (found round 14).
  'does dim un', 'dim un gen i', 'dim un gyda fi', 'dim un da fi', 'does dim gen i', 'does dim gyda fi',
  "does dim 'da fi", "sgynna i'm", "sgynno i'm", "sgin i'm", 'ddim yn gwbod', 'wedi i cholli', 'wedi ei cholli', 'wedi cholli',
  "sa i'n gwbod", "sai'n gwbod", "dwi'm yn gwbod", "sa i'n cofio", "sai'n cofio", 'no i havent', 'no i dont', 'havent one', 'havent any', 'aint got', 'never received', 'didnt receive', 'not received', 'dont have', 'havent had',
].map((p) => answerWords(p).join(' '));

export function saysNoReference(text: string): boolean {
  const said = ` ${answerWords(text).join(' ')} `;
  if (PHRASES.some((p) => said.includes(` ${p} `))) return true;
  // "no", "na", "nac oes", "not sure", "dwn i'm": a plain no or don't-know to being asked for one.
  // Only when nothing else was said: "no, the boiler is still broken" is not about a reference.
  const { answer, clear } = readAnswer(text);
  return clear && (answer === 'no' || answer === 'unsure');
}
