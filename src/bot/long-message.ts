import type { Middleware, TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { MAX_TEXT } from './incoming-activity';

import type { Lang } from '../i18n';

/**
 * A message longer than MAX_TEXT is answered with a polite note and goes no further: no triage,
 * no dialog, no transcript row, no state change. A resident's real message is far shorter; a
 * megabyte of text would otherwise cost a second of CPU in triage alone. Runs first in the
 * adapter's middleware, so nothing after it sees the text.
 */
export function longMessageGuard(i18n: i18n, language: (context: TurnContext) => Promise<Lang | undefined>, maxText = MAX_TEXT): Middleware {
  return {
    async onTurn(context, next) {
      const text = context.activity.text;
      if (context.activity.type !== 'message' || typeof text !== 'string' || text.length <= maxText) return next();
      const lang = await language(context);
      const say = (l: Lang) => i18n.getFixedT(l)('intake:too_long', { max: maxText.toLocaleString('en-GB') });
      // Before a language is chosen, both, Welsh first, as the greeting is.
      await context.sendActivity(lang ? say(lang) : `${say('cy')}\n\n${say('en')}`);
    },
  };
}
