import { ActionTypes, type Activity, type CardAction, InputHints } from 'botbuilder';
import { ChoiceFactory, type ChoiceFactoryOptions } from 'botbuilder-dialogs';
import type { ButtonLimits, ChannelCapabilities } from './capabilities';
import type { Prompt, PromptChoice } from './prompt';

/**
 * The one renderer: a prompt (what to ask) and a channel's capabilities (what it can show) make
 * the message. Choices become buttons where the channel has them and they fit (count and label
 * length), a list where it has a list that fits (WhatsApp), and otherwise a numbered list in the
 * text, "neu" / "or" before the last, answerable by number or in words (taps.ts reads both).
 * Never a hero or Adaptive Card. Length is the sender's concern (fit.ts): it splits long text
 * and keeps the buttons on the last part.
 */

type PromptLang = Prompt['lang'];

const OR: Record<PromptLang, string> = { cy: 'neu', en: 'or', both: 'neu / or' };

/** botbuilder's inline list in the prompt's language: "(1) Ydw, (2) Nac ydw, neu (3) Ddim yn siŵr". */
function inlineOptions(lang: PromptLang): ChoiceFactoryOptions {
  return { inlineSeparator: ', ', inlineOr: ` ${OR[lang]} `, inlineOrMore: `, ${OR[lang]} `, includeNumbers: true };
}

/** Short lists read best on one line; longer or wordier ones one to a line. */
const INLINE_MAX_CHOICES = 3;
const INLINE_MAX_CHARS = 60;

export function numberedChoices(labels: readonly string[], lang: PromptLang): string {
  const inline = ChoiceFactory.inline(labels.map((l) => l), '', undefined, inlineOptions(lang)).text?.trim() ?? '';
  if (labels.length <= INLINE_MAX_CHOICES && inline.length <= INLINE_MAX_CHARS) return inline;
  return labels.map((l, i) => `${i === labels.length - 1 && labels.length > 1 ? `${OR[lang]} ` : ''}${i + 1}. ${l}`).join('\n');
}

/** A pick-any list: numbered one to a line; the prompt's own words say more than one may be chosen. */
export function listedItems(items: readonly string[]): string {
  return items.map((l, i) => `${i + 1}. ${l}`).join('\n');
}

/** The label each choice shows within `limits`, or null when they do not all fit. */
function titlesWithin(choices: readonly PromptChoice[], limits: ButtonLimits | null): string[] | null {
  if (!limits || choices.length === 0 || choices.length > limits.max) return null;
  const titles: string[] = [];
  for (const c of choices) {
    const title = [c.label, c.short].find((l): l is string => !!l && (limits.titleMax === null || l.length <= limits.titleMax));
    if (!title) return null;
    titles.push(title);
  }
  return titles;
}

/** A button that brings its value back the way the channel can (see TapReturn). */
function action(choice: PromptChoice, title: string, limits: ButtonLimits): CardAction {
  switch (limits.tap) {
    case 'messageBack':
      return { type: ActionTypes.MessageBack, title, text: choice.label, displayText: choice.label, value: { choice: choice.value } };
    case 'postBack':
      return { type: ActionTypes.PostBack, title, value: choice.value };
    case 'imBack':
      return { type: ActionTypes.ImBack, title, value: choice.label };
  }
}

function actions(choices: readonly PromptChoice[], caps: ChannelCapabilities): CardAction[] | null {
  for (const limits of [caps.buttons, caps.list]) {
    const titles = titlesWithin(choices, limits);
    if (titles && limits) return choices.map((c, i) => action(c, titles[i], limits));
  }
  return null;
}

export function renderPrompt(prompt: Prompt, caps: ChannelCapabilities): Partial<Activity> {
  // Billed by the segment (SMS): the short form, which names its choices itself.
  const inputHint = prompt.statement ? InputHints.AcceptingInput : InputHints.ExpectingInput;
  if (caps.segment && prompt.brief) return { type: 'message', text: prompt.brief, inputHint };
  const blocks = [prompt.text];
  if (prompt.listed?.length) blocks.push(listedItems(prompt.listed));
  let buttons: CardAction[] | null = null;
  if (prompt.choices?.length) {
    buttons = actions(prompt.choices, caps);
    if (!buttons) blocks.push(numberedChoices(prompt.choices.map((c) => c.label), prompt.lang));
  } else if (prompt.shortcuts?.length) {
    buttons = actions(prompt.shortcuts, caps);
  }
  const activity: Partial<Activity> = { type: 'message', text: blocks.join('\n\n'), inputHint };
  if (buttons) activity.suggestedActions = { actions: buttons, to: [] };
  return activity;
}
