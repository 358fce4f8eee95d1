import { cy } from './welsh-forms';

/**
 * A message that opens a conversation, or sets an earlier one aside, and tells nothing yet (issue
 * #19, en17: docs/triage/rounds.md "English as residents write it, sixteenth session (en17)").
 * Leaving each corpus out, such lines labelled `none` were read as first reports or complaints:
 * "can i ask sumthing", "its about the flat upstairs", "re the knotweed next door -", "My name is …,
 * flat 4b", "hang on … back in a min", "ignore my last, meant to send it to my sister". A housing
 * officer reads each as "not a case yet: wait for what follows"; the words the model otherwise
 * weighs ("flat", "next door", "ignore", "meant to") belong to what is still to come or to a message
 * taken back. Same form as feature-families.ts (a named pattern over the canonical text, then the
 * text with its punctuation), which appends it to FAMILIES; the Welsh is told the same way, so it
 * is named beside the English.
 *
 * Where an opener only leads into the matter ("can I ask something? the boiler …"), the matter's own
 * features are there too and the model weighs both; a bare topic ("it's about the flat upstairs",
 * "ynglŷn â'r ardd") counts only when it is the whole message, since "it's about the damp, again"
 * opens a complaint.
 */
const RE = (s: string) => new RegExp(s);

// A short topic and nothing else: one to four words after "the" or "my", to the end of the message.
const BARE_TOPIC = String.raw`(\w+ ){1,4}$`;

export const OPENER_FAMILIES: Array<[string, RegExp]> = [
  ['k:opener', RE(
    // Asking leave to ask: "can I ask something". Not "quick question, …": residents write it before
    // the question itself, most often a status question (a first draft named it, and the model
    // split the family's weight between nothing and status questions).
    String.raw`\b(can|could|may) i (just )?ask (you )?(something|sumthing|summat|somethin|a question|a quick question|a quick one)\b` +
    // Away for a moment, or the details still to be found: "hang on" opening the message, "back in a
    // min", "bear with me" (not "one minute it's hot", nor "I can't hang on much longer").
    String.raw`|^ (ok |okay |sorry |oh )?(hang on|hold on)\b|\b(bear with me|one (sec|moment)|(be |ill be |i will be )?back in a (sec|second|min|bin|minute|mo|moment|bit))\b|\b(need|have|got) to (dig out|find|look for|get|grab) (the|my|his|her|our) (letter|paperwork|papers|reference|details|tenancy \w+) first\b` +
    // A message taken back: "ignore my last", "sent that by mistake", "meant to send it to my sister"
    // (not "you ignore my last three emails": the resident asks it of the reader).
    String.raw`|(^ |please |pls |sorry |just |you can )(ignore|disregard) (my|the|that|this) (last|previous|earlier|other)( message| msg| text| one)?\b|^ (please |pls |sorry |oops )?(ignore|disregard) (that|this)\b|\b(sent|send) (that|this|it) (to you )?(by mistake|to the wrong (person|number|chat))\b|\bmeant to (send|text|message) (it|that|this) to\b|\bwrong (chat|person|number) sorry\b` +
    // Only who is writing, or only the topic: the whole message.
    String.raw`|^ (hi |hello |hiya |hey )?(there )?(my name is|my names) [a-z]+ [a-z]+( (from )?(flat|no|number|house) \w+)? $|^ (hi |hello )?(re|regarding|its about|it is about|about) (the|my|our|number|no|flat) ${BARE_TOPIC}` +
    // Welsh: "ga i ofyn rhywbeth" (not "cwestiwn bach", as "quick question"), "arhoswch funud", "anwybyddwch fy neges ddiwethaf",
    // "fy enw i yw …", "ynglŷn â'r …" (the canonical text has "ga i gofyn", "neges diwethaf").
    String.raw`|\b(ga i|gaf i|ca i|alla i|gai) (${cy('gofyn')}) (rhywbeth|rhwbeth|rywbeth|cwestiwn|gwestiwn)\b` +
    String.raw`|\b(arhoswch|daliwch) (${cy('munud', 'eiliad')}|sbel)\b|\b(yn )?(nol|ol) mewn (${cy('munud', 'eiliad')})\b` +
    String.raw`|\b(anwybyddwch|anwybydda) (fy |y |yr )?(neges |negeseuon )?(${cy('diwethaf', 'olaf', 'ola', 'dwetha', 'dwethaf')}|yna|hwnna|hynna|honna)\b|\b(wedi |nes i |wnes i )?(anfon|hanfon|gyrru|yrru|danfon) (hwnna|hynna|honna|o|e|fe|hi) (i r|ir|i y) (person|rhif) anghywir\b` +
    String.raw`|^ (helo |shwmae |haia )?(fy enw i (yw|ydy|ydi)|fy enw (yw|ydy|ydi)|enw fi yw|enwi yw) [a-z]+ [a-z]+( (o )?(fflat|rhif|ty) \w+)? $|^ (helo )?(ynglyn a|ynglyn ag|ynghylch|am) (y|yr|fy|ein|rhif|fflat) ${BARE_TOPIC}`,
  )],
];
