import { findReference } from '../cases/reference';

/**
 * `findReference`, remembering the last text: the rules and the model's features both ask it of
 * the same message in turn, and on a long message the search is one of the dearer expressions.
 * A memo of one entry, keyed by the whole text: the same text always gives the same answer.
 */
let last: { text: string; reference: string | null } | null = null;
export function referenceIn(text: string): string | null {
  if (last?.text === text) return last.reference;
  const reference = findReference(text);
  last = { text, reference };
  return reference;
}

// Signs that a matter is already on someone's books, in shapes the bot does not issue (issue #19,
// fourteenth round). A status question asks about "a case already raised" (triage.md), and
// residents quote whatever number they were given: a repairs job number, a contractor's works order,
// an older system's "CMP-2026-000412" (the spec's own example), a reference of the bot's with a slip
// in it ("CMP-4XR9-2LPA"), "rhif cyfeirnod 8812", or the date they reported it. Each needs a number
// or a code beside a word that says what it is: a bare number is a phone number, a price, a flat.
const MONTH = String.raw`(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|ionawr|chwefror|mawrth|fawrth|ebrill|mai|fai|mehefin|fehefin|gorffennaf|gorffenaf|awst|medi|fedi|hydref|tachwedd|dachwedd|rhagfyr)`;
const DATE = String.raw`(\d{1,2}(st|nd|rd|th|af|ydd|fed|eg)? (of |o )?${MONTH}\b|${MONTH} \d{1,2}(st|nd|rd|th)?\b|\d{1,2}/\d{1,2}(/\d{2,4})?(?![\d/]))`;
const REFERENCE_LIKE = new RegExp(
  [
    // "ref 12345", "ref: AB1234", "job no. 4471/22", "works order 99812", "case number 5531", "order no 77123"
    String.raw`\b(ref|reference|ref no|reference number|job|job no|job number|job ref|case no|case number|case ref|works order|works order number|order no|order number|repair no|repair number|repair ref)\b\.?( no\.?| number| is| was)?[:#]? ?[a-z]{0,4}[-/ ]?\d{3,}([-/]\d+)*`,
    // "cyfeirnod 8812", "rhif cyfeirnod 8812", "rhif cyf CMP-…", "rhif y swydd 4471", "rhif achos 5531"
    String.raw`\b(cyfeirnod|gyfeirnod|nghyfeirnod( i)?|rhif (cyfeirnod|cyf|achos|y swydd|swydd|y gwaith|yr archeb|archeb))\b\.?( yw| ydy| ydi| oedd)?:? ?[a-z]{0,4}[-/ ]?\d{3,}([-/]\d+)*`,
    // a code with letters, a dash and digits: "CMP-2291", "ASB-4471", "RC-3390", "CMP-2026-000412"
    String.raw`(?<![\w-])[a-z]{2,4}-\d{3,}(-\d+)*(?![\w-])`,
    // anything after "CMP": an older shape, or the bot's own with a slip ("CMP-4XR9-2LPA")
    String.raw`\bcmp[ -]?[a-z0-9]{3,}(-[a-z0-9]+)*\b`,
    // the date it was reported: "I reported it on 3rd March", "logged on 12/10", "riportiais i ar 3 Mawrth"
    String.raw`\b(reported|logged|raised|rang|phoned|called|emailed|riportio|reportio|riportiais|reportais|ffonio|ffoniais|ffonies|cofrestru)\b[^.!?]{0,30}\b(on|ar|ers|since)( the| y)? ${DATE}`,
  ].join('|'),
  'i',
);

/**
 * A sign that the message names a matter already raised: the bot's own reference, else a reference
 * in another shape, a job or works-order number, or the date it was reported (see above). The one
 * reader both the grounding of a status question (classify.ts) and the model's `x:ref_like` use.
 * Memoised as `referenceIn` is.
 */
let lastLike: { text: string; sign: string | null } | null = null;
export function referenceLikeIn(text: string): string | null {
  if (lastLike?.text === text) return lastLike.sign;
  const sign = referenceIn(text) ?? REFERENCE_LIKE.exec(text.replace(/[\u2010-\u2015\u2212]/g, '-'))?.[0].trim() ?? null;
  lastLike = { text, sign };
  return sign;
}
