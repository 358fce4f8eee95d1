import type { Lang } from '../i18n';

/**
 * What a dialog asks, with nothing about how a channel shows it: the renderer (render.ts) makes
 * buttons of the choices where the channel has them and a numbered list where it has not.
 */
export interface PromptChoice {
  /** Stable, never shown: what a tap sends back and what the dialog reads. Changing a label never changes it. */
  value: string;
  /** In the prompt's language. */
  label: string;
  /** For channels whose buttons hold fewer characters than `label` has. */
  short?: string;
}

export interface Prompt {
  text: string;
  /** The language the prompt is in; 'both' for the Welsh-first bilingual greeting. */
  lang: Lang | 'both';
  /** Pick one: buttons where they fit, otherwise numbered, answerable by number or in words. */
  choices?: PromptChoice[];
  /** Pick any: always numbered in the text, so "1 and 3" works on every channel. */
  listed?: string[];
  /**
   * One-tap answers the text already names in words ("or say none", "Is that right?"): buttons
   * where the channel has them, nothing added where it has not.
   */
  shortcuts?: PromptChoice[];
  /**
   * The whole message, its choices named in its own words, for a channel that charges by the
   * segment (SMS: `segment` in capabilities.ts), kept as short as it can be (a question within
   * one). Where it is given, such a channel shows it instead of `text` and the numbered choices;
   * the choices are still read by number.
   */
  brief?: string;
  /** Says something and asks nothing ("You told me: …"): sent as plain text is, not as expecting an answer. */
  statement?: true;
}

/** A reply is plain text or a prompt. */
export type Reply = string | Prompt;

export const isPrompt = (r: Reply): r is Prompt => typeof r === 'object' && r !== null && typeof r.text === 'string';
