import type { TurnContext } from 'botbuilder';
import type { CaseRepository } from '../cases/repository';
import type { Timeline } from '../deadlines/timeline';
import { longDate } from '../i18n/format';
import type { i18n } from 'i18next';
import type { Lang } from '../i18n';

export function userKey(context: TurnContext): string {
  return `${context.activity.channelId}:${context.activity.from?.id ?? ''}`;
}

/**
 * Status answers for cases filed from the same channel identity. Cases are only shown to the
 * identity that filed them: a reference alone never reads a case.
 */
export class StatusReplies {
  constructor(
    private readonly cases: CaseRepository,
    private readonly i18n: i18n,
  ) {}

  replies(context: TurnContext, lang: Lang): string[] {
    const t = this.i18n.getFixedT(lang);
    const mine = this.cases.byUser(userKey(context)).filter((c) => c.kind === 'complaint').slice(0, 3);
    if (!mine.length) return [t('intake:status.none')];
    return mine.map((c) => {
      const tl = c.deadlines as Timeline;
      const received = longDate(c.receivedAt.slice(0, 10), lang);
      const lines = [t('intake:status.case', { reference: c.reference, received })];
      lines.push(
        t('intake:status.pending', {
          acknowledge: tl.acknowledgeBy ? longDate(tl.acknowledgeBy.date, lang) : longDate(tl.received, lang),
          respond: longDate(tl.respondBy.date, lang),
        }),
      );
      return lines.join(' ');
    });
  }
}
