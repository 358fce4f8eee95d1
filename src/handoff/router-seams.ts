import type { TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { ConversationOwner, Owner, PersonRequests } from '../../dialogs/main/conversation-owner';
import { humanMessages } from '../../dialogs/intake/messages';
import { type Lang, LANGS } from '../i18n';
import type { PolicyProfile } from '../policy/schema';
import type { Handoff } from '../store/ports';
import type { Handover } from './handover';

/** The turn's open handover, read once: the router asks who owns the conversation, then what to do with it. */
const OPEN = Symbol('openHandoff');

async function openOf(handover: Handover, context: TurnContext): Promise<Handoff | undefined> {
  if (!context.turnState.has(OPEN)) context.turnState.set(OPEN, await handover.openFor(context));
  return context.turnState.get(OPEN) as Handoff | undefined;
}

/**
 * The router's "who owns the conversation" from the handover queue: a handover taken by staff (or
 * a hub's agent) means a person has it and the bot is silent except for safety; the resident's
 * words then reach the staff stream. A call back offered and not yet answered takes the next
 * message as its answer.
 */
export function handoverOwner(handover: Handover): ConversationOwner {
  return {
    async ownerOf(context): Promise<Owner> {
      return (await openOf(handover, context))?.state === 'taken' ? { kind: 'person' } : { kind: 'bot' };
    },
    async heardWhilePersonHas(context, safety) {
      const open = await openOf(handover, context);
      if (open) await handover.residentMessage(context, open, safety);
    },
    async languageChanged(context, lang) {
      // Read afresh: a request made this turn was made in the new language already.
      context.turnState.delete(OPEN);
      const open = await openOf(handover, context);
      if (open) await handover.languageChosen(context, open, lang);
    },
    async answeredForPerson(context, text, lang, opts) {
      const open = await openOf(handover, context);
      return open ? handover.answerCallback(context, open, text, lang, opts) : false;
    },
  };
}

/**
 * The router's one "ask for a person": the handover queues it, sends handoff.initiate and tells
 * the resident the wait (or offers a call back); the complaints team's own contact details follow
 * when the resident asked, in their language (Welsh then English before they have chosen).
 */
export function handoverPersons(handover: Handover, i18n: i18n, profile: PolicyProfile): PersonRequests {
  return {
    async request(context, reason, lang, extras) {
      const outcome = await handover.requestHuman(context, reason, lang, extras);
      context.turnState.delete(OPEN);
      if (reason === 'asked') {
        for (const l of lang ? [lang] : (LANGS as Lang[])) {
          // The first of humanMessages ("I've asked for a member of staff") is what the handover has just said, with the wait.
          for (const m of humanMessages(i18n.getFixedT(l), l, profile).slice(1)) await context.sendActivity(m);
        }
      }
      return outcome;
    },
  };
}
