import { dangerTime } from './flag-time';
import { fold, folded } from './folded-text';
import type { CueHit } from './matcher';

/**
 * Violence or a threat to a person told as happening now: urgent as well as a safeguarding matter
 * (issue #19, sixteenth safety pass; docs/triage/flags.md). The safeguarding list hears "pushed me",
 * "bygwth fi", "kill her" whenever they happened, rightly (abuse told as history is still a
 * safeguarding matter), and raises urgent only for the few phrases that carry their own time ("hit
 * me tonight"). A resident who says it is tonight or now ("the man downstairs pushed me over and
 * he's still on the stairs now", "mae o'n cuddio yn fy sied i rŵan") needs the emergency line too.
 * Now is read narrowly:
 * "again", "still" and "keeps" (the flags' own now, flag-time.ts) tell a neighbour's threats
 * reported over months, a complaint about how they were handled, and stay safeguarding only.
 */

const VIOLENCE = /\b(push\w*|shov\w*|punch\w*|kick\w*|slap\w*|attack\w*|assault\w*|strangl\w*|chok\w*|hit|hitting|beat|beating|beaten|kill|stab\w*|hurt\w*|threat\w*|bygwth\w*|mygwth\w*|curo|guro|churo|nghuro|taro|daro|tharo|nharo|bwrw|mwrw|fwrw|gwthio|wthio|ngwthio|cicio|gicio|nghicio|dyrnu|nyrnu|ymosod\w*|lladd|ladd|brifo|frifo|trywanu|tagu|poeri|spat|spit\w*|burn|burning|torch|llosgi|losgi|smash\w*|malu)\b/;
// The present, plainly: not "again", "keeps" or "still", which tell a pattern reported over time,
// nor "today" or "this morning", which as often tell an incident over and reported ("called me a
// name in the car park this morning … I've reported it to the police").
const PRESENT = /\b(right now|now|just now|tonight|at the moment|minutes ago|rwan|nawr|heno|y funud yma|ar hyn o bryd)\b/;

/**
 * Whether a safeguarding hit of violence or a threat (`hits`: the safeguarding cue's live hits) is
 * told as now: a word of the present in the message, and the hit's own sentence not told as gone
 * or months long ("he assaulted me in August. Now I'm scared to go out" stays safeguarding only).
 * `sentenceForms`: the canonical forms of the sentence a hit was heard in, or null if not found.
 */
export function harmToldNow(text: string, hits: readonly CueHit[], sentenceForms: (h: CueHit) => readonly string[] | null): CueHit[] {
  if (!PRESENT.test(folded(text))) return [];
  return hits.filter((h) => {
    if (!VIOLENCE.test(fold(h.words))) return false;
    const forms = sentenceForms(h);
    if (!forms) return true;
    // Read as the home's emergencies are (person false): a month named beside the violence dates it.
    const when = dangerTime(forms, [], false);
    return when !== 'past' && when !== 'chronic';
  });
}
