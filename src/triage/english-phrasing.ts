/**
 * Everyday English phrasing of complaints (issue #19, sixth round): the ways residents write that
 * English lines left out of training were misread by (leave-corpus-out, `npm run eval:triage --
 * --cv-corpus --errors`). Most of the feature families were written with Welsh beside English;
 * these are the English turns of phrase no family had, each with the Welsh counterpart where
 * there is a natural one. Patterns over the canonical text (contractions spelt without the
 * apostrophe, "I have not" as "havent": src/language/tokens.ts). Prefix `e:`; features.ts
 * registers them. They are features, not rules: the model weighs each for every kind.
 */
const RE = (s: string) => new RegExp(s);

const NUMBER = String.raw`(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a couple of|a few|several|many|\d+)`;

export const ENGLISH_PHRASING: Array<[string, RegExp]> = [
  // A visit or a call back that does not happen, told in the present or as a habit ("the plumber
  // doesn't turn up", "nobody ever calls back"): the cue lists have the past forms.
  ['e:no_show', RE(
    String.raw`\b(never|doesnt|dont|didnt|wont|not|nobody|noone)( ever| even| actually| bother to| bothered to)? (turn up|turns up|turned up|show up|shows up|showed up|bothers|bother)\b` +
    String.raw`|\b(nobody|noone|never)( ever)? (comes|turns up|shows up|gets back|rings back|calls back|phones back|answers|picks up|bothers)\b` +
    String.raw`|\bnever (come|turn up|show up|call back|ring back|phone back|get back|answer|pick up)\b` +
    String.raw`|\b(neb|byth) (yn )?(troi fyny|troi i fyny|dod|ateb|ffonio yn ol|ffonio nol)\b`,
  )],
  // A complaint asked as a question: "is anyone going to …?", "or do I just wait?", "how is that
  // fair?", "what's the point …", "who exactly decides …", "how did that happen?".
  ['e:asked_complaint', RE(
    String.raw`\b(is|are) (anyone|anybody|someone|somebody|you|they)( ever| actually| even| really)? (going to|gonna) (do|fix|sort|come|test|look|bother|get|check|reply|answer|call|ring)\b` +
    String.raw`|\bwill (anyone|anybody|you|they|someone) ever\b|\bor do (i|we) (just|have to|need to)\b|\bdo (i|we) (just|have to) (wait|keep|sit|put up|live)\b` +
    String.raw`|\b(am i|are we|how am i|how are we|what am i|what are we) (supposed|meant|expected) to\b|\bwhat (is |s )?the point\b|\bwhat (more|else) do (i|we) (have|need) to do\b` +
    String.raw`|\bhow (did|could|can|has|was) (this|that|it) (happen|happened|been allowed|be allowed|allowed)\b|\bhow is (this|that|it) (fair|right|acceptable|ok|okay|allowed|legal|reasonable)\b|\bwho (exactly |actually )?decides\b` +
    String.raw`|\boes (rhywun|unrhyw un) (yn )?mynd i\b|\bsut (dw i|ydw i|dan ni|ydyn ni|mae disgwyl i mi) (fod i|i fod i)\b|\bsut (mae|ydy|ydi) (hynny|hyn) yn (deg|iawn|dderbyniol)\b|\bsut (ddigwyddodd|digwyddodd) (hynny|hyn)\b`,
  )],
  // A long wait told in passing: "finally", "at long last", "fifteen years of the same answer",
  // "after a month of water coming through": number words the history features do not read.
  ['e:long_wait', RE(
    String.raw`\b(finally|at long last|at last)\b|\b${NUMBER} (more )?(years?|months?|weeks?) (of|now|later|on|and counting|and still)\b|\bafter ${NUMBER} (more )?(years?|months?|weeks?)\b` +
    String.raw`|\b(o y diwedd|or diwedd)\b`,
  )],
  // Put off rather than helped: "fobbed off", "the runaround", "going round in circles", "every
  // time I ring they say …", "excuse after excuse".
  ['e:runaround', RE(
    String.raw`\b(fobbed|fob|fobbing|palmed|brushed|put) (me |us )?off\b|\b(the )?run ?around\b|\bgoing (round|around) in circles\b|\bpassed (from|between|around|round|back and forth|from one)\b|\bexcuse after excuse\b` +
    String.raw`|\b(every|each) time (i|we) (ring|call|phone|chase|ask|email)\b|\b(they|you) (just|only|always) (say|said|tell|told|keep saying)\b|\bkeep (getting|being) (told|passed|fobbed|given)\b` +
    String.raw`|\btroi mewn cylch(oedd)?\b|\bbob tro (dw i|dan ni|rydw i|rwy) yn (ffonio|gofyn)\b`,
  )],
  // A promise not kept, as English says it: "they said they'd come", "it was supposed to be done",
  // "should have been fixed", "was booked for Monday but".
  ['e:broken_promise', RE(
    String.raw`\b(said|told (me|us)|promised|assured (me|us))( that)? (theyd|hed|shed|youd|someone would|somebody would|they would|he would|she would|you would|it would|it will|someone will|they will)\b` +
    String.raw`|\b(was|were|is|are|it was|it is) (supposed|meant|due) to (be|have|come|happen|start|finish)\b|\bshould (have|of) been (done|fixed|sorted|finished|repaired|replaced|here|back|booked|out)\b|\b(was|were) booked (in )?for\b.{0,40}\bbut\b`,
  )],
  // Asked to get it done at last: "sort it out once and for all", "sort your records out",
  // "properly this time".
  ['e:sort_it', RE(
    String.raw`\bonce and for all\b|\bfor good this time\b|\bproperly this time\b|\bsort (your|you) \w+( \w+)? out\b|\bsort (it|this|things|this mess) out (properly|now)\b|\bget (it|this) sorted (properly|now|at last)\b|\bjust (sort|fix) it\b|\b(sort|fix) it properly\b` +
    String.raw`|\bunwaith ac am byth\b`,
  )],
  // Sarcasm and weary irony: "surprise surprise", "as usual", "I can count", "won't hold my breath".
  ['e:sarcasm', RE(
    String.raw`\bsurprise surprise\b|\bwhat a surprise\b|\bno surprise (there|then)\b|\bas usual\b|\btypical\b|\byeah right\b|\bi can count\b|\b(wont|not|im not) hold(ing)? (my|our) breath\b|\bfunny (that|how)\b|\bcheers for that\b|\bthanks a lot\b|\bthanks for nothing\b` +
    String.raw`|\bfel arfer\b|\bsypreis sypreis\b|\bsyrpreis syrpreis\b`,
  )],
];

// Politeness is not praise: "I'd be grateful if …", "I would appreciate it if …", "thanks in
// advance", "byddwn i'n ddiolchgar", "diolch ymlaen llaw". Their praise words ask for something.
const POLITE_ASK = RE(
  String.raw`\b(id|i would|we would|wed|i will|we will|ill)( really| be| be very| be really| be most| be so| be extremely| be ever so)* (grateful|appreciate|appreciative)\b|\b(grateful|appreciate it|appreciate that|appreciative) if\b|\b(thanks|thank you|many thanks|thank you very much) in advance\b` +
  String.raw`|\b(would|will) be (much |greatly |really |very |most )?appreciated\b|\bgrateful for (any|your) (help|advice|assistance)\b` +
  String.raw`|\b(byddwn|baswn|buaswn|fyddwn|faswn|byddem|bydden) (i |ni )?yn (ddiolchgar|gwerthfawrogi)\b|\bdiolch ymlaen llaw\b|\b(gwerthfawrogi|ddiolchgar) (pe|petai|petaech|os)\b`,
);
// Thanks signing off a message that tells of something ("… drips on the back door step thank you").
const CLOSING_THANKS = /\b(thank you|thanks|many thanks|thanks again|thank you very much|thanks very much|cheers|ta|diolch|diolch yn fawr|diolch o galon)( (so much|for your help|for reading|for your time|in advance|ymlaen llaw))? $/;
// Fewer words than this and a closing thanks is the message: a thank-you note, which is praise.
const CLOSING_MIN_TOKENS = 7;

/**
 * The words of a message's politeness formulas, over its canonical text (leading and trailing
 * space): praise cue words inside them are not praise (features.ts). Null when there are none.
 */
export function politeWords(canonical: string, tokenCount: number): string | null {
  const found: string[] = [];
  const ask = POLITE_ASK.exec(canonical);
  if (ask) found.push(ask[0].trim());
  if (tokenCount >= CLOSING_MIN_TOKENS) {
    const closing = CLOSING_THANKS.exec(canonical);
    if (closing) found.push(closing[0].trim());
  }
  return found.length ? ` ${found.join(' | ')} ` : null;
}

/** Whether a praise hit's words lie inside the politeness formulas `politeWords` found. */
export function insidePolite(polite: string, words: string): boolean {
  return words.split(' ').every((w) => polite.includes(` ${w} `) || polite.includes(` ${w}`));
}
