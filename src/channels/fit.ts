import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { type ChannelCapabilities, capabilitiesOf } from './capabilities';
import { isPrompt, type Reply } from './prompt';
import { renderPrompt } from './render';
import { splitText } from './split';

/**
 * Every outgoing message made to fit its channel: text over the channel's limit split into
 * messages in order (split.ts), the buttons on the last, whose text also keeps within what
 * may carry buttons (WhatsApp: 1,024 characters). Other activities pass untouched.
 */
export function fitToChannel(activity: Partial<Activity>, caps: ChannelCapabilities): Array<Partial<Activity>> {
  if (activity.type !== 'message' || typeof activity.text !== 'string') return [activity];
  const parts = caps.maxText === null ? [activity.text] : splitText(activity.text, caps.maxText, caps.unit);
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
 * Middleware splitting every reply to the channel's limits, whoever sent it (dialogs, recovery
 * after an error, a re-delivery's stored replies, which fit already and pass unchanged).
 * Registered before the re-delivery middleware, so what is kept is what was sent.
 */
export function channelFitting(): Middleware {
  return {
    async onTurn(context, next) {
      const caps = capabilitiesOf(context.activity.channelId);
      context.onSendActivities(async (_ctx, activities, sendNext) => {
        const fitted = activities.flatMap((a) => fitToChannel(a, caps));
        activities.splice(0, activities.length, ...fitted);
        return sendNext();
      });
      await next();
    },
  };
}

/** Sends replies in order: text as it is, prompts rendered for this turn's channel. */
export async function sendReplies(context: TurnContext, ...replies: Reply[]): Promise<void> {
  const caps = capabilitiesOf(context.activity.channelId);
  for (const r of replies) await context.sendActivity(isPrompt(r) ? renderPrompt(r, caps) : r);
}
