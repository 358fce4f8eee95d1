import { cy } from './welsh-forms';

/**
 * Feature families of the sixth kind round (issue #19): exclusions and status questions, the two
 * kinds fresh writing read worst. Same form as feature-families.ts (a named pattern over the
 * canonical text, English and everyday Welsh, mutated forms through `cy`), kept in their own file
 * so rounds merge cleanly; feature-families.ts appends them to FAMILIES.
 */
const RE = (s: string) => new RegExp(s);

export const EXCLUSION_STATUS_FAMILIES: Array<[string, RegExp]> = [
  // Asking which body deals with it: "who do I call?", "is that you or the police?", "pwy dw
  // i'n ffonio?", "chi neu'r heddlu?". A resident unsure whose it is names a matter that may
  // not be the landlord's; the model weighs it against what is named beside it.
  ['k:which_body', RE(
    String.raw`\bwho (do|should|can|would) (i|we) (call|ring|phone|contact|speak to|talk to|complain to|report (it|this|that) to|go to|tell)\b|\bwho (deals|is dealing|would deal) with (this|that|it)\b|\bwhose (job|department) is\b` +
    String.raw`|\b(is|would) (that|this|it) (you|yours|your job|your department|for you) or (the )?\w+|\b(you|yourselves) or (the )?(police|council|water company|gas board|electricity|network|highways|fire service)\b|\b(the )?(police|council|water company|gas board|highways) or (you|yourselves|the landlord|the housing association)\b` +
    String.raw`|\bpwy (dw i|ydw i|ddylwn i|dylwn i|ddylen ni|allwn i|ga i) (yn )?(ffonio|cysylltu|cwyno|siarad|riportio|ddweud|dweud|mynd)\b|\bat (bwy|pwy) (dw i|ydw i|ddylwn i|dylwn i|mae|ma)\b|\bpwy (sy|sydd) (yn )?(delio|gyfrifol|cyfrifol)\b|\b(chi|chithau) neu (y |yr )?(heddlu|cyngor|cwmni)\b|\b(y |yr )?(heddlu|cyngor) neu chi\b`,
  )],
  // Asking for a loss made good in kind or by a bill: "I want them replaced", "£3,000 to replace
  // everything", "where do I send the bill", "eisiau iddyn nhw gael eu newid", "prynu rhai newydd".
  // Beside damaged belongings or an injury, it grounds an insurance claim as k:pay_me does (classify.ts).
  ['k:replace_loss', RE(
    String.raw`\b(want|like|expect|need)\b.{0,20}\b(them|it|everything|these|those|it all|the lot) (replaced|paid for|put right|made good)\b|\b(want|like|need|expect|cost|costs|costing|[0-9]+) (to|for) (replace|replacing) (everything|them|it|it all|all|the lot|my|our)\b` +
    String.raw`|\b(send|give|forward) (you |them )?(the|my) (repair |replacement |cleaning )?(bill|invoice|quote|receipt)\b|\b(pay|paying) (me )?back for\b` +
    String.raw`|\b(eisiau|isio|moyn|disgwyl|angen|hoffwn)\b.{0,30}\b(gael eu|cael eu|gael ei|cael ei) (${cy('newid', 'talu')})\b|\b(${cy('prynu', 'newid')}) (rhai|un|popeth|pob dim|pethau) (newydd|eto)\b|\b(${cy('anfon', 'gyrru', 'rhoi')}) (y|fy) (${cy('bil', 'anfoneb', 'derbynneb', 'dyfynbris')})\b`,
  )],
  // A complaint made now about something over and done with long ago: "I never complained at the
  // time and I'd like to now", "dw i isio cwyno amdano fo rŵan", "o hyd". Beside a date past the
  // profile's limit the model may read a time limit; the deadline engine still decides (classify.ts).
  ['k:complain_late', RE(
    String.raw`\b(complain|complaint|complaining)\b[^.!?]{0,30}\b(now|still|after all this time)\b|\bnever (complained|said anything|reported it|made a complaint)\b[^.!?]{0,25}\b(at the time|then|before)\b|\b(like|want) to (make a complaint|complain) (about (it|him|her|them|that|this) )?now\b` +
    String.raw`|\b(cwyno|cwyn)\b[^.!?]{0,30}\b(rwan|nawr|o hyd|erbyn hyn)\b|\b(heb|byth wedi|ddim wedi) (gwyno|cwyno|ddeud dim|dweud dim)\b[^.!?]{0,25}\b(ar y pryd|bryd hynny)\b`,
  )],
  // Asking whether the landlord did a step it was to do: "did you send my form on to the council?",
  // "have you had the photos?", "wnaethoch chi anfon …?", "dach chi 'di cael y lluniau?". A status
  // question on something in hand, beside k:progress (feature-families.ts).
  ['k:did_you', RE(
    String.raw`\b(did|have|has|had) (you|anyone|someone|somebody|the office|the team) (ever |actually |already )?(sent|send|forward|forwarded|pass|passed|get|got|receive|received|had|manage to|managed to|chase|chased|contact|contacted|speak to|spoken to|ring|rung)\b[^.!]{0,80}\?` +
    String.raw`|\b(wnaethoch|naethoch|nathoch|wnest|nest) (chi|ti) (${cy('anfon', 'gyrru', 'pasio', 'cael', 'derbyn', 'ffonio', 'cysylltu', 'siarad')})\b[^.!]{0,80}\?|\b(gawsoch|gaethoch|gesoch|gest) (chi|ti)\b[^.!]{0,80}\?|\b(dach|ydach|dych|ydych|ych) chi (wedi|di) (${cy('cael', 'derbyn', 'anfon', 'gyrru', 'pasio', 'cysylltu', 'siarad')})\b[^.!]{0,80}\?`,
  )],
];
