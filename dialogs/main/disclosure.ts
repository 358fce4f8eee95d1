import type { TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Lang } from '../../src/i18n';

/**
 * Meta's Messenger and Instagram policies want a bot to say it is automated when a conversation
 * starts and when a person hands it back; every channel gets the same. The language greeting
 * (intake:language.greeting) says it too, so it is sent only where that greeting is not.
 */
export async function discloseAssistant(context: TurnContext, i18n: i18n, lang: Lang | undefined): Promise<void> {
  await context.sendActivity(inBoth(i18n, 'intake:first.disclosure', lang));
}

/** For the staff handover (issue #18) to call when a person gives the conversation back to the bot. */
export async function discloseAssistantAfterHandback(context: TurnContext, i18n: i18n, lang: Lang | undefined): Promise<void> {
  await context.sendActivity(inBoth(i18n, 'intake:first.handed_back', lang));
}

/** One string in the resident's language, or Welsh then English before they have chosen. */
export function inBoth(i18n: i18n, key: string, lang: Lang | undefined): string {
  const say = (l: Lang) => i18n.getFixedT(l)(key);
  return lang ? say(lang) : `${say('cy')}\n\n${say('en')}`;
}

const OWED = Symbol('disclosureOwed');

/**
 * Safety comes before everything, the disclosure included: a first message raising an emergency
 * gets its instructions first and the disclosure at the end of the same turn.
 */
export function oweDisclosure(context: TurnContext, lang: Lang | undefined): void {
  context.turnState.set(OWED, { lang });
}

export async function payDisclosure(context: TurnContext, i18n: i18n): Promise<void> {
  const owed = context.turnState.get(OWED) as { lang: Lang | undefined } | undefined;
  if (!owed) return;
  context.turnState.delete(OWED);
  await discloseAssistant(context, i18n, owed.lang);
}
