import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { type ChannelCapabilities, capabilitiesOf } from './capabilities';
import { isPrompt, type Reply } from './prompt';
import { renderPrompt } from './render';
import { measure, splitText } from './split';

/** The GSM 7-bit alphabet, its extension table included: a message all in it is billed 160 characters a segment (153 when joined), not 70 (67). */
const GSM7 = /^[\n\r A-Za-z0-9@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà^{}\\[~\]|€]*$/u;
const TYPOGRAPHY: ReadonlyArray<[RegExp, string]> = [
  [/[‘’]/g, "'"],
  [/[“”]/g, '"'],
  [/[–—]/g, '-'],
  [/…/g, '...'],
  [/\u00a0/g, ' '],
];

/**
 * A message billed by the segment with its typographer's dashes and quotes made plain, when that
 * is all that kept it out of GSM-7: one "—" in an English reply made the whole of it UCS-2, 70
 * characters a segment instead of 160. Welsh with ŵ, ŷ or â is UCS-2 whatever, and keeps its typography.
 */
export function plainerForSegments(text: string): string {
  if (GSM7.test(text)) return text;
  const plain = TYPOGRAPHY.reduce((t, [from, to]) => t.replace(from, to), text);
  return GSM7.test(plain) ? plain : text;
}

/**
 * Every outgoing message made to fit its channel: text over the channel's limit split into
 * messages in order (split.ts), the buttons on the last, whose text also keeps within what
 * may carry buttons (WhatsApp: 1,024 characters). Other activities pass untouched.
 */
export function fitToChannel(activity: Partial<Activity>, caps: ChannelCapabilities): Array<Partial<Activity>> {
  if (activity.type !== 'message' || typeof activity.text !== 'string') return [activity];
  const whole = caps.segment ? plainerForSegments(activity.text) : activity.text;
  const parts = caps.maxText === null ? [whole] : splitText(whole, caps.maxText, caps.unit);
  const count = activity.suggestedActions?.actions?.length ?? 0;
  if (count > 0) {
    const limits = caps.buttons && count <= caps.buttons.max ? caps.buttons : caps.list;
    if (limits?.bodyMax) parts.push(...splitText(parts.pop() ?? '', limits.bodyMax, caps.unit));
  }
  if (parts.length === 1) return [{ ...activity, text: parts[0] }];
  const { suggestedActions, attachments, inputHint, ...rest } = activity;
  return parts.map((text, i) =>
    i < parts.length - 1 ? { ...rest, text } : { ...rest, text, ...(suggestedActions ? { suggestedActions } : {}), ...(attachments ? { attachments } : {}), ...(inputHint ? { inputHint } : {}) },
  );
}

/**
 * A turn's replies as few messages as the channel's length allows, in order, where each message
 * is billed (SMS: `segment` in the table). A long first message drew six texts (the greeting, the
 * description said back, the name, the room, the date, the next question), each charged and some
 * arriving out of order on some networks. Consecutive plain messages are joined with a blank line
 * while the whole stays within `maxText` (a message longer than that alone is split as before);
 * a message carrying buttons or attachments, or anything not a message, ends a run, so nothing is
 * dropped or reordered.
 */
export function joinReplies(activities: ReadonlyArray<Partial<Activity>>, caps: ChannelCapabilities): Array<Partial<Activity>> {
  const out: Array<Partial<Activity>> = [];
  const plain = (a: Partial<Activity> | undefined): a is Partial<Activity> & { text: string } =>
    !!a && a.type === 'message' && typeof a.text === 'string' && !a.attachments?.length && !a.suggestedActions?.actions?.length;
  for (const a of activities) {
    const last = out.at(-1);
    if (last && plain(last) && a.type === 'message' && typeof a.text === 'string' && !a.attachments?.length) {
      const text = `${last.text}\n\n${a.text}`;
      if (caps.maxText === null || measure(text, caps.unit) <= caps.maxText) {
        // The later message's own fields (its buttons, what it expects) are what the joined one says.
        out[out.length - 1] = { ...last, ...a, text };
        continue;
      }
    }
    out.push({ ...a });
  }
  return out;
}

const joinsReplies = (caps: ChannelCapabilities): boolean => caps.segment !== undefined;

const HELD_REPLIES = Symbol('heldReplies');

/**
 * Sends what the turn has held back (channels whose replies are joined), so that the replies kept
 * for a re-delivery, saved before the turn ends (ComplaintsBot.run), are the messages sent.
 * Later replies in the turn go straight out.
 */
export function sendHeldReplies(context: TurnContext): Promise<void> {
  const send = context.turnState.get(HELD_REPLIES) as (() => Promise<void>) | undefined;
  return send ? send() : Promise.resolve();
}

/**
 * Middleware splitting every reply to the channel's limits, whoever sent it (dialogs, recovery
 * after an error, a re-delivery's stored replies, which fit already and pass unchanged).
 * Registered before the re-delivery middleware, so what is kept is what was sent. On a channel
 * that bills each message (SMS), a resident's turn's replies are held and sent joined
 * (joinReplies) when the bot has finished; a proactive turn (a person's message, the handover's
 * timer) sends at once, as its sender must learn of a failure.
 */
export function channelFitting(): Middleware {
  return {
    async onTurn(context, next) {
      const caps = capabilitiesOf(context.activity.channelId);
      let holding = joinsReplies(caps) && context.activity.type === 'message';
      const held: Array<Partial<Activity>> = [];
      context.onSendActivities(async (_ctx, activities, sendNext) => {
        if (holding) {
          held.push(...activities);
          // Emptied, so the transcript keeps the joined messages when they go, not these.
          activities.splice(0, activities.length);
          return [];
        }
        const fitted = activities.flatMap((a) => fitToChannel(a, caps));
        activities.splice(0, activities.length, ...fitted);
        return sendNext();
      });
      if (!holding) return next();
      const sendHeld = async () => {
        if (!holding) return;
        holding = false;
        if (held.length) await context.sendActivities(joinReplies(held.splice(0), caps));
      };
      context.turnState.set(HELD_REPLIES, sendHeld);
      let failed = true;
      try {
        await next();
        failed = false;
      } finally {
        // After a failure what was said before it still goes, ahead of the apology (onTurnError sends after this).
        if (failed) await sendHeld().catch(() => undefined);
      }
      await sendHeld();
    },
  };
}

/** Sends replies in order: text as it is, prompts rendered for this turn's channel. */
export async function sendReplies(context: TurnContext, ...replies: Reply[]): Promise<void> {
  const caps = capabilitiesOf(context.activity.channelId);
  for (const r of replies) await context.sendActivity(isPrompt(r) ? renderPrompt(r, caps) : r);
}
