import type { i18n } from 'i18next';
import { DeadlineRequest, issuesText } from '../deadlines/request';
import type { DeadlineService } from '../deadlines/service';
import type { Deadline, Timeline } from '../deadlines/timeline';
import { explainDeadline } from '../i18n/deadline-text';
import { LANGS } from '../i18n';
import { lineError, parseJsonLine } from './json-lines';

export type DeadlineAnswer =
  | {
      id: string;
      acknowledgeBy: string | null;
      respondBy: string;
      respondByWithExtension: string | null;
      escalateBy: string | null;
      explain: unknown[];
    }
  | { id?: string; error: string };

const FIELDS = ['acknowledgeBy', 'respondBy', 'respondByWithExtension', 'escalateBy'] as const;

/** One JSON Lines request in, one answer out; a bad line is an error answer, never an exception. */
export function answerDeadlineLine(line: string, lineNo: number, service: DeadlineService, i18n: i18n): DeadlineAnswer {
  const parsedLine = parseJsonLine(line, lineNo);
  if (!parsedLine.ok) return parsedLine.error;
  const withId = (error: string): DeadlineAnswer => lineError(parsedLine.id, error);
  const parsed = DeadlineRequest.safeParse(parsedLine.json);
  if (!parsed.success) return withId(`line ${lineNo}: ${issuesText(parsed.error)}`);
  const req = parsed.data;
  if (!service.profiles.has(req.policy)) {
    return withId(`line ${lineNo}: unknown policy "${req.policy}"; known policies: ${service.profiles.ids().join(', ')}`);
  }
  let timeline: Timeline;
  try {
    timeline = service.timeline(req.policy, req);
  } catch (e) {
    return withId(`line ${lineNo}: ${(e as Error).message}`);
  }
  const profile = service.profile(req.policy);
  const explain = FIELDS.flatMap((field) => {
    const d: Deadline | null = timeline[field];
    if (!d) return [];
    const text = Object.fromEntries(
      LANGS.map((lang) => [lang, explainDeadline(i18n.getFixedT(lang), lang, d.explain, profile)]),
    );
    return [{ field, ...d.explain, text }];
  });
  return {
    id: req.id,
    acknowledgeBy: timeline.acknowledgeBy?.date ?? null,
    respondBy: timeline.respondBy.date,
    respondByWithExtension: timeline.respondByWithExtension?.date ?? null,
    escalateBy: timeline.escalateBy?.date ?? null,
    explain,
  };
}
