import { findReference } from '../../src/cases/reference';
import { normalise } from '../../src/language/normalise';

/** "Where's my complaint?", "Oes newyddion am fy nghwyn?", or a reference on its own. */
const STATUS = [
  /\bwhere(?:'s| is| r| are)? (?:my|me|our|the) (?:complaint|case|claim)\b/,
  /\b(?:any|an) (?:update|news|progress)\b/,
  /\b(?:update|progress|status) (?:on|of|about) (?:my|me|our|the)\b/,
  /\bwhat(?:'s| is) happening with (?:my|our|the) (?:complaint|case)\b/,
  /\b(?:heard|hear) (?:back|anything)\b.*\b(?:complaint|case)\b/,
  /\bstatus of my\b/,
  /\bble mae (?:fy|ein|y) (?:nghwyn|cwyn|gwyn|achos)\b/,
  /\b(?:oes|unrhyw) (?:newyddion|diweddariad)\b/,
  /\bbeth sy'?n digwydd (?:gyda|efo|hefo) (?:fy|ein|y) (?:nghwyn|cwyn|gwyn|achos)\b/,
  /\bdiweddariad (?:ar|am) (?:fy|ein|y) (?:nghwyn|cwyn|gwyn|achos)\b/,
  /\bsut mae (?:fy|ein) (?:nghwyn|cwyn) yn dod (?:yn ei blaen|ymlaen)\b/,
];

export function isStatusQuestion(text: string): boolean {
  const n = normalise(text);
  if (STATUS.some((r) => r.test(n))) return true;
  // A reference on its own (perhaps with "ref" or "cyfeirnod") asks about that case.
  return findReference(text) !== null && n.replace(/\b(ref|reference|cyfeirnod|cmp|my|is|yw|fy)\b/g, '').replace(/[a-z0-9]{4}\s*[a-z0-9]{4}/, '').trim().length <= 3;
}

const GREETING = /^(hi|hello|hey|hiya|helo|shwmae|shwmai|sut mae|s'mae|smae|bore da|prynhawn da|noswaith dda|good (?:morning|afternoon|evening)|hia|yo|start|dechrau)\b[\s!.?]*$/;

export function isGreeting(text: string): boolean {
  return GREETING.test(normalise(text));
}
