import type { Token } from '../language/tokens';

/**
 * A message's token forms joined by single spaces (its canonical text), remembered for the last
 * token list: the rules and the model's features join the same list in turn, 400 strings on a
 * long message. Only a frozen list is remembered (the analysis's), which cannot change between
 * the two; any other is joined afresh. One entry, so nothing grows.
 */
let lastTokens: readonly Token[] | null = null;
let lastText = '';
export function formsJoined(tokens: readonly Token[]): string {
  if (tokens === lastTokens) return lastText;
  const text = tokens.map((t) => t.form).join(' ');
  if (Object.isFrozen(tokens)) (lastTokens = tokens), (lastText = text);
  return text;
}
