import { z } from 'zod';
import { issuesText } from '../deadlines/request';
import type { WorkingCalendar } from '../deadlines/calendar';
import type { PolicyProfile } from '../policy/schema';
import type { Classifier, TriageResult } from '../triage';
import { lineError, parseJsonLine } from './json-lines';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

const ClassifyRequest = z.object({
  id: z.string().min(1),
  text: z.string(),
  answers: z
    .object({
      reportedBefore: z.boolean().optional(),
      courtClaimIssued: z.boolean().optional(),
      letterOfClaim: z.boolean().optional(),
      happenedOn: day.optional(),
      today: day.optional(),
      completedBothStages: z.boolean().optional(),
      ombudsmanInvestigating: z.boolean().optional(),
      hasComplaint: z.boolean().optional(),
    })
    .strict()
    .optional(),
});

export type ClassifyAnswer =
  | ({ id: string } & Pick<TriageResult, 'kind' | 'reason' | 'urgent' | 'safeguarding' | 'language' | 'signals' | 'clause' | 'clarify' | 'clarifyWhy' | 'confirmDanger'>)
  | { id?: string; error: string };

/** One JSON line in, one out; a bad line becomes an error answer and the rest still run. */
export function answerClassifyLine(line: string, lineNo: number, classifier: Classifier, profile: PolicyProfile, today: string, calendar?: WorkingCalendar): ClassifyAnswer {
  const parsedLine = parseJsonLine(line, lineNo);
  if (!parsedLine.ok) return parsedLine.error;
  const parsed = ClassifyRequest.safeParse(parsedLine.json);
  if (!parsed.success) return lineError(parsedLine.id, `line ${lineNo}: ${issuesText(parsed.error)}`);
  const { answers } = parsed.data;
  const r = classifier.classify(parsed.data.text, profile, answers, { today: answers?.today ?? today, calendar });
  return {
    id: parsed.data.id,
    kind: r.kind,
    ...(r.reason ? { reason: r.reason } : {}),
    urgent: r.urgent,
    safeguarding: r.safeguarding,
    language: r.language,
    signals: r.signals,
    ...(r.clause ? { clause: r.clause } : {}),
    // What the bot would ask before acting on the reading: first report or unhappy, danger now.
    ...(r.clarify ? { clarify: r.clarify, ...(r.clarifyWhy ? { clarifyWhy: r.clarifyWhy } : {}) } : {}),
    ...(r.confirmDanger ? { confirmDanger: r.confirmDanger } : {}),
  };
}
