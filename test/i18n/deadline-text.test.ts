import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../src/deadlines';
import { createI18n } from '../../src/i18n';
import { explainDeadline } from '../../src/i18n/deadline-text';
import { hos, hosCalendar } from '../deadlines/helpers';

const i18n = createI18n();

describe('why a date is what it is, read as a resident reads it', () => {
  // Before acknowledgement the reply counts from the last day to acknowledge: "after the date it
  // must be acknowledged by on Monday …" was the filed message's English.
  const t = computeTimeline(hos, hosCalendar, { stage: 1, received: '2026-11-23T10:00:00Z' });

  it.each([
    ['en', 'Reply by Monday 14 December 2026: 10 working days after the acknowledgement, due on Monday 30 November 2026'],
    ['cy', 'Ateb erbyn dydd Llun 14 Rhagfyr 2026: deg diwrnod gwaith ar ôl y dyddiad olaf ar gyfer ei chydnabod, sef dydd Llun 30 Tachwedd 2026'],
  ] as const)('%s: the reply counted from the acknowledgement still due', (lang, start) => {
    const text = explainDeadline(i18n.getFixedT(lang), lang, t.respondBy.explain, hos);
    expect(text.startsWith(start)).toBe(true);
    expect(text).not.toMatch(/\bby on\b/);
  });

  it('the extended reply date counts from the reply date, said as plainly', () => {
    const text = explainDeadline(i18n.getFixedT('en'), 'en', t.respondByWithExtension!.explain, hos);
    expect(text).toMatch(/^Reply by Wednesday 30 December 2026 at the latest if the time is extended: 10 working days after the reply, due on Monday 14 December 2026 \(/);
  });
});
