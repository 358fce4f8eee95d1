import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { sendReplies } from '../channels/fit';
import type { ConversationLocks, Handoff } from '../store/ports';
import type { HandBackResume, ResidentDelivery } from './api';

/** A channel that starts a turn in one of its conversations itself (src/channels/meta/webhook.ts). */
export interface ProactiveChannel {
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** Marks a message as written by a person, for channels and pages that show it differently. */
export const FROM_PERSON = 'fromPerson';

/**
 * A person's message, in this turn: through the channel's renderer and the fitting middleware, as
 * the bot's own replies (a long message is split to the channel's limit), each part marked as a
 * person's, with the resident's language for channels that may send a template in its place (WhatsApp).
 */
export async function sendFromPerson(context: TurnContext, handoff: Handoff, text: string, firstName: string | null): Promise<void> {
  context.onSendActivities(async (_ctx, activities, next) => {
    for (const a of activities) if (a.type === 'message') a.channelData = { ...(a.channelData ?? {}), [FROM_PERSON]: true, staffFirstName: firstName, residentLanguage: handoff.language };
    return next();
  });
  await sendReplies(context, text);
}

/**
 * Reaches the resident on their own channel, proactively, through the conversation reference the
 * handover stored: the adapter's continueConversationAsync, under the conversation's turn lock
 * (so a staff message and the resident's turn never interleave, on any instance). Each message
 * goes through the adapter's middleware like any reply, so it is kept in the transcript.
 *
 * A failure to send is thrown to the caller, never left to the adapter's onTurnError: that would
 * treat it as the resident's turn failing and clear what they were in the middle of.
 */
export class AdapterDelivery implements ResidentDelivery {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly locks: ConversationLocks,
    private readonly resume: (context: TurnContext, resume: HandBackResume) => Promise<void>,
    /** Channels with an adapter of our own (WhatsApp, Instagram), which continue their conversations themselves. */
    private readonly ownChannel: (reference: Partial<ConversationReference>) => ProactiveChannel | undefined = () => undefined,
  ) {}

  private async proactive(handoff: Handoff, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: unknown;
    const reference = handoff.conversationRef as Partial<ConversationReference>;
    const own = this.ownChannel(reference);
    const run = async (context: TurnContext) => {
      try {
        await logic(context);
      } catch (e) {
        failure = e;
      }
    };
    await this.locks.run(handoff.conversationKey, () => (own ? own.continueConversation(reference, run) : this.adapter.continueConversationAsync(this.appId, reference, run)));
    if (failure) throw failure;
  }

  send(handoff: Handoff, text: string, fromPerson: { firstName: string | null } | null): Promise<void> {
    return this.proactive(handoff, async (context) => {
      // Through the channel's renderer and the fitting middleware, as the bot's own replies: a
      // long message is split to the resident's channel's limit, each part marked the same.
      if (!fromPerson) return sendReplies(context, text);
      await sendFromPerson(context, handoff, text, fromPerson.firstName);
    });
  }

  handBack(handoff: Handoff, resume: HandBackResume): Promise<void> {
    return this.proactive(handoff, (context) => this.resume(context, resume));
  }
}
