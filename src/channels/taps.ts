import type { Activity } from 'botbuilder';
import { normalise } from '../language/normalise';
import type { PromptChoice } from './prompt';

/**
 * The one place a tapped button is read, by its value, never its label, so a translation edit
 * cannot break routing. Each channel returns a tap its own way:
 * - Web Chat, Direct Line, Emulator (messageBack): `value: { choice }`, the label as text;
 *   a WhatsApp adapter hands on the reply button's or list row's id the same way;
 * - Messenger and Instagram quick replies: the title as text, the payload in
 *   `channelData.message.quick_reply.payload` (Messenger postback buttons: `channelData.postback.payload`);
 * - WhatsApp's own webhook message, passed on as channelData: `interactive.button_reply.id` or `list_reply.id`;
 * - Telegram callback buttons: `channelData.callback_query.data`;
 * - Teams and Telegram keyboards (imBack) return only the label: it is read against the labels
 *   the prompt is shown with now, from the same locale files.
 * A typed answer is read too: the number shown ("2", "rhif 2", "number two", "dau") or the label.
 */

/** Values are short tokens ("yes", "menu.status"); anything else in a payload is not ours. */
const TOKEN = /^[a-z][a-z0-9_.-]{0,63}$/;

function at(root: unknown, ...path: string[]): unknown {
  let v = root;
  for (const k of path) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

const PAYLOAD_PATHS: readonly string[][] = [
  ['value', 'choice'],
  ['channelData', 'message', 'quick_reply', 'payload'],
  ['channelData', 'postback', 'payload'],
  ['channelData', 'interactive', 'button_reply', 'id'],
  ['channelData', 'interactive', 'list_reply', 'id'],
  ['channelData', 'callback_query', 'data'],
];

/** The value a tapped button carried, whichever channel it came from; undefined for typed text. */
export function tappedValue(activity: Partial<Activity>): string | undefined {
  for (const path of PAYLOAD_PATHS) {
    const v = at(activity, ...path);
    if (typeof v === 'string' && TOKEN.test(v)) return v;
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1,
  // Welsh, with the mutated forms that follow "rhif" and everyday speech: "rhif dau", "yr ail".
  un: 1, dau: 2, ddau: 2, tri: 3, dri: 3, thri: 3, pedwar: 4, bedwar: 4, phedwar: 4, pump: 5, bump: 5,
  chwech: 6, saith: 7, wyth: 8, naw: 9, deg: 10, cyntaf: 1, gyntaf: 1, ail: 2, trydydd: 3, drydydd: 3, pedwerydd: 4, bedwerydd: 4, olaf: -1,
};

const FILLER = new Set(['rhif', 'number', 'no', 'num', 'option', 'opsiwn', 'dewis', 'choice', 'yr', 'y', 'the', 'please', 'plis', 'pls', 'diolch', 'thanks', 'os', 'gwelwch', 'yn', 'dda']);

/**
 * "2", "2.", "(2)", "rhif 2", "number two", "dau", "yr ail": the position of one choice among
 * `count`, or null. Only an answer that is nothing but a number counts: "2 windows" is not one.
 */
export function numberAnswer(text: string, count: number): number | null {
  const words = normalise(text).split(' ').filter((w) => w && !FILLER.has(w));
  if (words.length !== 1) return null;
  const w = words[0];
  const n = /^\d{1,2}$/.test(w) ? Number(w) : NUMBER_WORDS[w];
  if (n === undefined) return null;
  const position = n === -1 ? count : n;
  return position >= 1 && position <= count ? position : null;
}

/**
 * The answer to a prompt, as the dialog reads it: the value of the choice or shortcut tapped or
 * named, or of the choice numbered, else the text as typed (for the dialog's own readers of
 * words). Numbers count only among `choices`: shortcuts are not numbered.
 */
export function answerText(activity: Partial<Activity>, choices: readonly PromptChoice[] = [], shortcuts: readonly PromptChoice[] = []): string {
  const text = (activity.text ?? '').trim();
  const all = [...choices, ...shortcuts];
  const tapped = tappedValue(activity);
  // With nothing asked to choose from, words typed are the answer: a stale button tapped at
  // "what went wrong?" is read as its label, not taken as a token.
  if (tapped && (all.length === 0 ? !text : all.some((c) => c.value === tapped))) return tapped;
  if (all.length === 0) return text;
  // Channels that post a payload as the message text.
  const asValue = all.find((c) => c.value === text);
  if (asValue) return asValue.value;
  const n = numberAnswer(text, choices.length);
  if (n !== null) return choices[n - 1].value;
  const said = normalise(text);
  const named = all.find((c) => normalise(c.label) === said || (c.short !== undefined && normalise(c.short) === said));
  return named ? named.value : text;
}
