import { words } from './normalise';

/**
 * Which language a short message is in, from function words and everyday forms rather than
 * letter statistics, which are unreliable on a few words. Residents mix freely ("ma'r boiler
 * wedi torri again"), so a message with clear signs of both is "mixed".
 */
export type DetectedLanguage = 'cy' | 'en' | 'mixed' | 'unknown';

const WELSH = new Set(
  (
    "yn y yr mae ma ma'r mae'r dw dwi dw'i rydw rwy rwyf wi sa sai so dyw dydy dydi ddim nid nad oes does sydd sy " +
    "wedi di 'di i'r o'r a'r ac ond gyda efo hefo gen gyda'r fy fy'n yng ym yng nghyd eich ein ei eu " +
    "chi ni nhw fi fe fo hi hwn hon hyn hynny yma yna fan fod bod oedd roedd odd bydd fydd byddwch " +
    "gallwch allwch gallu plis plîs diolch shwmae helo bore prynhawn nos da iawn isio eisiau moyn " +
    "cwyn gwyn nghwyn chwyn cwyno gwyno tŷ ty nhŷ nhy nhy'n ty'n to lleithder llwydni tamprwydd gollwng " +
    "trwsio drwsio nhrwsio atgyweirio boeler foeler moeler gwres dŵr dwr ffenest ffenestr drws " +
    "pam pryd sut beth be ble lle pwy faint dydd wythnos mis blwyddyn llynedd ddoe heddiw fory yfory " +
    "achos oherwydd am ar at dros drwy heb hyd o wrth gan dan rhwng tan erbyn " +
    "cymdeithas dai landlord swyddfa ffonio ffoniais e-bost ebost ateb neb dim byth eto nawr rwan rŵan " +
    "hefyd ond felly wir rili jyst jest gormod"
  ).split(' '),
);

const ENGLISH = new Set(
  (
    "the a an and but or is are was were be been being have has had do does did don't didn't doesn't " +
    "i i'm i've i'd my me we our you your they their it it's its this that there here what when where why how who " +
    "not no yes can can't could would should will won't just still again now never ever " +
    "to of in on at for with from about after before since by into over under " +
    "please pls plz thanks thank hi hello hey complaint complain repair fix fixed broken leak leaking damp mould " +
    "heating boiler house flat home door window called phoned emailed reported told said waiting weeks months days " +
    "u ur im ive dont cant wont been today yesterday week month year " +
    "times time one two three four five nobody nobody's noone anyone someone somebody everyone come came coming " +
    "going gone get got sorted fix fixing fixed nothing something everything about because really very so too also " +
    "need needs want wants know think said says tell told ask asked sent send still left right"
  ).split(' '),
);

// Words spelt the same in both languages carry no signal.
const SHARED = new Set(['a', 'i', 'o', 'am', 'at', 'to', 'fan', 'da', 'landlord', 'boiler', 'damp', 'dim', 'hi', 'ni', 'he']);

export interface LanguageReading {
  language: DetectedLanguage;
  welsh: string[];
  english: string[];
}

const WELSH_LETTERS = /[ŵŷ]|dd|ll|ch|wy|ff|rh/i;

export function detectLanguage(text: string): LanguageReading {
  const ws = words(text);
  const welsh = ws.filter((w) => WELSH.has(w) && !SHARED.has(w));
  const english = ws.filter((w) => ENGLISH.has(w) && !SHARED.has(w));
  // Welsh letters and digraphs English does not use (ŵ, ŷ, "dd", "ll", "ch", "wy") tip a short message.
  // (A digraph of two ASCII letters always sits inside a run of word characters, so finding the
  // digraph is finding "\b\w*(dd|…)\w*\b"; the letters are looked for only when they could count.)
  const welshLetters = welsh.length > 0 && WELSH_LETTERS.test(text) ? 1 : 0;
  const cy = welsh.length + welshLetters;
  const en = english.length;
  let language: DetectedLanguage;
  if (cy === 0 && en === 0) language = 'unknown';
  else if (cy >= 2 && en >= 2 && Math.min(cy, en) / Math.max(cy, en) >= 0.34) language = 'mixed';
  else language = cy > en ? 'cy' : en > cy ? 'en' : 'mixed';
  return { language, welsh, english };
}
