import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogContext, DialogInstance } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import type { Lang } from '../../src/i18n';
import { asksForPersonWithin, type Command, parseCommand, personRequestLanguage, restartLanguage } from '../parse/commands';
import { emojiAnswer } from '../parse/yes-no';
import { INTAKE_DIALOG, type IntakeOptions, type IntakeState, takesLanguageWord } from '../intake/intake-dialog';
import { ENQUIRY_DIALOG, type EnquiryOptions } from '../status/enquiry-dialog';
import type { PersonRequests } from './conversation-owner';
import { inBoth } from './disclosure';

/**
 * What a resident can say at any point, whatever is under way: help, cancel, start again, a
 * language, and asking for a person. The one place they are handled; the dialogs below never see
 * them (except "Cymraeg"/"English" where a dialog asked for a language).
 */
export type Interruption = Command;

export interface InterruptionServices {
  i18n: i18n;
  language: StatePropertyAccessor<Lang | undefined>;
  persons: PersonRequests;
  /** An enquiry that ended last turn without an answer (EnquiryEnd): where "start again" goes. */
  unfinishedEnquiry?: EnquiryOptions['mode'];
  /** The danger or first-or-unhappy question was waiting on the message before (nothing recorded yet). */
  questionWaits?: boolean;
}

/** The intake's questions a bare yes or no answers. */
const YES_NO_STEPS: ReadonlySet<string> = new Set(['reported_before', 'court_claim', 'summary']);

/** The interruption a message is, given what is waiting for an answer; null when it is none. */
export function readInterruption(text: string, active: DialogInstance | undefined): Interruption | null {
  // A request for a person anywhere in a sentence ("my boiler is broken and I want to speak to a person") is one too.
  const command = parseCommand(text) ?? (asksForPersonWithin(text) ? 'human' : null);
  if (!command) return null;
  const languageWord = command === 'welsh' || command === 'english';
  if (languageWord && active?.id === INTAKE_DIALOG && takesLanguageWord(active.state as IntakeState)) return null;
  // A message without words reads as "help"; a thumbs up or down at a yes-or-no question is its answer.
  if (command === 'help' && emojiAnswer(text) && active?.id === INTAKE_DIALOG && YES_NO_STEPS.has((active.state as IntakeState).step)) return null;
  // A thumbs down to "anything we can do to make this easier?" is none; a thumbs up names nothing, so it still gets help.
  if (command === 'help' && emojiAnswer(text) === 'no' && active?.id === INTAKE_DIALOG && (active.state as IntakeState).step === 'adjustments') return null;
  return command;
}

/** Handles an interruption in full: whatever was waiting is asked again, ended or started. */
export async function interrupt(dc: DialogContext, command: Interruption, services: InterruptionServices): Promise<void> {
  const { i18n, language } = services;
  const context = dc.context;
  let lang = await language.get(context);
  const active = dc.activeDialog;
  const say = (key: string, l: Lang | undefined = lang) => context.sendActivity(inBoth(i18n, key, l));
  // An intake still asking "Cymraeg / English?" has no question in a language to repeat.
  const atLanguage = active?.id === INTAKE_DIALOG && (active.state as IntakeState).step === 'language';
  switch (command) {
    case 'help':
      await say('intake:help');
      if (active) await dc.repromptDialog();
      else await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
      return;
    case 'cancel':
      if (!active) {
        await say(services.questionWaits ? 'intake:cancel' : 'intake:cancel_nothing');
        return;
      }
      await say('intake:cancel');
      await dc.cancelAllDialogs();
      return;
    case 'restart': {
      // "dechrau eto" typed in an English conversation (or "start again" in a Welsh one) starts
      // again in the language it was typed in, as a request for a person in words does: the
      // restart was answered in the conversation's language, the resident's own words not heeded
      // (trial17 left; trial18). Once a language is chosen only: "Cymraeg / English?" is still asked.
      const written = restartLanguage(context.activity.text ?? '');
      if (lang && written && written !== lang && !atLanguage) {
        await language.set(context, written);
        lang = written;
        await say('intake:language.chosen_reading');
      }
      if (!active && services.unfinishedEnquiry && lang) {
        // Three references that could not be read end the enquiry with a person offered; "dechra
        // eto" straight after began a complaint, "What has gone wrong?" (found round 13). The
        // start they mean is the enquiry's, as "start again" within it is.
        await say('intake:restart');
        await dc.beginDialog(ENQUIRY_DIALOG, { mode: services.unfinishedEnquiry } satisfies EnquiryOptions);
        return;
      }
      if (!active) {
        await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
        return;
      }
      if (active.id === ENQUIRY_DIALOG) {
        // The enquiry from its first question, nothing of it kept: "start again" stopped it with
        // "say hello whenever you'd like to start again", a dead end for someone who just asked
        // to (found by trial12).
        await say('intake:restart');
        const mode = (active.state as { mode?: 'status' | 'escalate' }).mode ?? 'status';
        await dc.replaceDialog(ENQUIRY_DIALOG, { mode });
        return;
      }
      if (atLanguage) {
        await dc.repromptDialog();
        return;
      }
      await say('intake:restart');
      {
        const state = active.state as IntakeState;
        await dc.replaceDialog(INTAKE_DIALOG, { explicit: state.explicit, receivedAt: state.receivedAt } satisfies IntakeOptions);
      }
      return;
    }
    case 'human': {
      // Asked in words that show their language: answered in it, and the conversation carries on
      // in it, even when another was chosen before ("ga i siarad efo rhywun?" after English): a
      // resident who asks for a person in Welsh is likely to want one who speaks it. The words
      // must ask in that language ("siarad", "rhywun"), so a "diolch" after "can I speak to
      // someone" changes nothing, and a request in both ("person") keeps the language chosen.
      const written = personRequestLanguage(context.activity.text ?? '') ?? undefined;
      const asked = written ?? lang;
      if (asked && asked !== lang) {
        await language.set(context, asked);
        if (lang && !atLanguage) await say('intake:language.chosen', asked);
      }
      const outcome = await services.persons.request(context, 'asked', asked);
      if (active?.id === ENQUIRY_DIALOG) await dc.cancelAllDialogs();
      // A call back offered is a question of its own: the intake's waits for the next turn.
      else if (active && !atLanguage && outcome !== 'callback_offered') await dc.repromptDialog();
      return;
    }
    case 'welsh':
    case 'english': {
      const next: Lang = command === 'welsh' ? 'cy' : 'en';
      await language.set(context, next);
      if (next !== lang) await say('intake:language.chosen', next);
      if (active) await dc.repromptDialog();
      else await dc.beginDialog(INTAKE_DIALOG, {} satisfies IntakeOptions);
      return;
    }
  }
}
