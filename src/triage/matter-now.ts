/**
 * When the time limit does not start from an old date the resident names (issue #19, sixteenth
 * round, bars16). HOS Code 2.3: a complaint is accepted "within 12 months of the issue occurring
 * or the resident becoming aware of it". time-limit.ts already reads a span running up to now
 * ("since 2019", "still") as no exclusion; leaving each corpus out, three more ways of telling it
 * were excluded as too late (docs/triage/rounds.md, "Round 16: bars", complaints lost):
 *
 * - **learned only now**: "I only found out last month that no gas check was done in 2022", "Dw i
 *   newydd gael gwybod": the time runs from the finding out;
 * - **happening now**: "the boiler packed up tonight; it was meant to be replaced two years ago",
 *   "mae'r ddyled o 2012 wedi ymddangos ar fy nghyfrif rŵan": the old date is the background, the
 *   matter is tonight's;
 * - **a span to come, not gone**: "told to wait another five years", "pum mlynedd arall": no
 *   time ago at all.
 *
 * A wish to complain now about something long past ("I want to complain now about 2019", "dw i
 * isio cwyno rŵan") is none of these: the time limit stands. Pure; both languages and a mix. Read
 * on the normalised text with apostrophes as spaces, as time-limit.ts reads it.
 */

const RECENT_EN = String.raw`(?:last (?:week|month|night|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|this (?:week|month|morning)|yesterday|today|recently|the other day|(?:a few|a couple of|\d+|two|three|four) (?:days|weeks) ago)`;
const RECENT_CY = String.raw`(?:ddoe|heddiw|(?:yr )?wythnos (?:diwethaf|dwetha|ddiwethaf|yma|hon)|(?:y )?mis (?:diwethaf|dwetha|yma|hwn)|yn ddiweddar|(?:y )?diwrnod o r blaen)`;

/**
 * Learned of it only now: the limit runs from becoming aware (Code 2.3). Of the matter, not of a
 * right or a route ("I only just found out you're supposed to compensate", "just found out I could
 * complain": the matter was known, see LEARNED_RIGHT), and not a thing found ("I've just found the
 * old letters").
 */
const LEARNED_NOW = new RegExp(
  [
    String.raw`(?:only|just|recently|newly|only just|only recently) (?:found out|find out|discovered|realised|realized|learned|learnt|been told|was told|were told|got told)`,
    String.raw`(?:found out|discovered|realised|realized|was told|were told|been told|learned|learnt|came to light|come to light) (?:about (?:it|this|that) )?(?:only )?${RECENT_EN}`,
    String.raw`newydd (?:ddarganfod|darganfod|ffeindio|ffendio|gael gwybod|cael gwybod|sylwi|glywed|clywed|sylweddoli)`,
    String.raw`(?:ces|ges|cefais|gefais|cawson|gawson|cawsom|gawsom)(?: i| ni)? (?:wybod|gwybod) (?:\w+ ){0,3}?${RECENT_CY}`,
    String.raw`(?:darganfod|ffeindio|ffendio|sylweddoli|sylwi) (?:allan )?${RECENT_CY}`,
  ].join('|'),
);

/** What was learned is a right or a route, not the matter: "found out (that) you're supposed to …", "… I could complain". */
const LEARNED_RIGHT = /^ (?:that )?(?:you re|youre|you are|you were|you should|you have to|i could|i can|i m|im|i am|i was|we could|we can|we are|we were|landlords?|they re|they are|they should|mod|bod (?:chi|gen i|gan)|y gallwn|y galla|y dylech|fod chi)\b(?: \w+){0,2} ?(?:supposed|meant|entitled|able|allowed|obliged|required|should|complain|claim|compensat\w*|cwyno|hawlio|iawndal|fod i|hawl)/;

/**
 * Happening at this moment: a time word that is the matter's own ("packed up tonight", "now the
 * ceiling is coming down", "ar hyn o bryd", "mae o wedi ymddangos rŵan"). "Today" and "now" are
 * also what a resident writes about their writing ("I'm writing today", "I want to complain now"),
 * so those are read apart from a wish to complain or write (see WRITING).
 */
const NOW = new RegExp(
  [
    'tonight', 'this morning', 'this afternoon', 'this evening', 'right now', 'as we speak', 'at the moment', 'today',
    String.raw`now (?:it|its|it s|the|there|theres|there s|they|i|i ve|ive|i m|im|we|my|our|he|she)`,
    'heno', 'bore ma', 'bore yma', 'pnawn ma', 'prynhawn ma', 'prynhawn yma', 'ar hyn o bryd', 'ar y funud', 'heddiw', 'rwan', 'nawr',
  ].join('|'),
);
/**
 * Words about the writing, the wish to complain or a wish for it done, which a "now" or "today"
 * beside them belongs to: "I want to complain today", "I want it fixed now", "dw i isio iddi gael
 * ei thrwsio rŵan" (a fence broken two years ago is not happening now because it is wanted now).
 */
const WRITING = /\b(?:complain\w*|complaint|writing|write|emailing|contacting|raising|raise|want|wants|wanted|would like|cwyno|gwyno|cwyn|gwyn|ysgrifennu|sgwennu|cysylltu|isio|eisiau|moyn|mofyn)\b/;

/** A count of years or months still to come: "another five years", "two more years", "pum mlynedd arall". */
const TO_COME_BEFORE = /(?:^| )(?:another|a further)(?: \w+)? $/;
const TO_COME_AFTER = /^ (?:more|further|longer|extra|arall|eto|yn rhagor|ychwanegol)(?: |$)/;

const atWords = (re: RegExp) => new RegExp(`(?:^| )(?:${re.source})(?= |$)`, 'g');
const [LEARNED_AT, NOW_AT] = [LEARNED_NOW, NOW].map(atWords);

/** The text as time-limit.ts reads it: normalised words, apostrophes as spaces. */
export type ReadText = string;

/** Words saying the resident learned of the matter only lately, or null. */
export function learnedNow(n: ReadText): string | null {
  LEARNED_AT.lastIndex = 0;
  for (let m = LEARNED_AT.exec(n); m; m = LEARNED_AT.exec(n)) {
    if (!LEARNED_RIGHT.test(n.slice(m.index + m[0].length))) return m[0].trim();
    LEARNED_AT.lastIndex = m.index + 1;
  }
  return null;
}

/** Words saying the matter is happening now (not the writing of the message), or null. */
export function happeningNow(n: ReadText): string | null {
  NOW_AT.lastIndex = 0;
  for (let m = NOW_AT.exec(n); m; m = NOW_AT.exec(n)) {
    // The words around it, within the same few words: "I want to complain today", "writing now".
    const near = n.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    if (!WRITING.test(near)) return m[0].trim();
    NOW_AT.lastIndex = m.index + 1;
  }
  return null;
}

/** Whether `words` (a time the resident named) stand in `n` as a span still to come: "another five years". */
export function spanToCome(n: ReadText, words: string): boolean {
  const w = words.toLowerCase().replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  if (!w) return false;
  for (let at = n.indexOf(w); at >= 0; at = n.indexOf(w, at + 1)) {
    if (TO_COME_BEFORE.test(n.slice(0, at)) || TO_COME_AFTER.test(n.slice(at + w.length))) return true;
  }
  return false;
}
