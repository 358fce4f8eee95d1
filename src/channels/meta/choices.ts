import type { Activity, CardAction } from 'botbuilder';

/** Shown where a channel needs words before its buttons and the bot gave none; both languages, as the greeting is: the adapter cannot know which the resident chose. */
export const CHOOSE = 'Dewis / Choose';

/** A button as Meta's channels show it: the id (payload) a tap brings back, and its title. */
export interface Choice {
  id: string;
  title: string;
}

/**
 * A suggested action as a choice: its id is the value a tap must bring back (the renderer's
 * `value.choice` token, or the text an imBack would have posted), its title what is shown.
 */
export function choiceOf(a: CardAction): Choice | undefined {
  const value = a.value as unknown;
  const token = value && typeof value === 'object' && typeof (value as { choice?: unknown }).choice === 'string' ? (value as { choice: string }).choice : undefined;
  const id = token ?? (typeof value === 'string' ? value : a.title);
  const title = (a.title ?? (typeof value === 'string' ? value : '')).trim();
  if (!id || !title) return undefined;
  return { id, title };
}

/** The choices an activity offers, in order. */
export function choicesOf(activity: Partial<Activity>): Choice[] {
  return (activity.suggestedActions?.actions ?? []).map(choiceOf).filter((c): c is Choice => c !== undefined);
}

/** Values the bot's own choices carry (`value.choice`): short tokens, as src/channels/taps.ts reads them. */
const TOKEN = /^[a-z][a-z0-9_.-]{0,63}$/;

/**
 * What a tap on one of our buttons brings into the activity: a value token as `value.choice` (the
 * tapped title stays the text); any other payload is the text an imBack button would have posted.
 */
export function tapped(payload: string | undefined, text: string): { text: string; value?: { choice: string } } {
  if (payload === undefined) return { text };
  return TOKEN.test(payload) ? { text, value: { choice: payload } } : { text: payload };
}
