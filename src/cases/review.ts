import { z } from 'zod';
import { formatDate, parseDate, toLondon } from '../deadlines/local-date';
import type { EventDecision } from '../store/ports';
import { EventInFuture, EventRefused } from './lifecycle';
import { NO_DATES_BASIS } from './listing';
import type { CaseEvent, CaseRecord } from './records';

/**
 * A resident who disputes an exclusion straight after it is recorded asks the landlord to look
 * again (a `review_requested` event, dialogs/main/triage-routes.ts). An officer records the
 * answer here: the exclusion stands, or the matter is taken as a complaint (which the officer
 * then files through the landlord's own system; the exclusion is not turned into one here). Pure.
 *
 * No shipped policy profile sets a time for looking again at an exclusion, so a request has no
 * due date: the queue shows how long it has waited, never an invented deadline.
 */
export const REVIEW_DECISIONS = ['exclusion_stands', 'taken_as_complaint'] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((v) => {
    try {
      parseDate(v);
      return true;
    } catch {
      return false;
    }
  }, 'is not a real date');

export const ReviewAnswerInput = z
  .object({
    type: z.literal('review_answered'),
    /** The day the resident was told. */
    date: day,
    decision: z.enum(REVIEW_DECISIONS),
    /** Why, as the resident was told. */
    reason: z.string().trim().min(1, 'a reason is required').max(2000),
  })
  .strict();
export type ReviewAnswerInput = z.infer<typeof ReviewAnswerInput>;

/** The request still waiting for an answer: the latest `review_requested` with no `review_answered` after it. */
export function pendingRequest(events: readonly CaseEvent[]): CaseEvent | undefined {
  let pending: CaseEvent | undefined;
  for (const e of events) {
    if (e.type === 'review_requested') pending = e;
    else if (e.type === 'review_answered') pending = undefined;
  }
  return pending;
}

const londonDay = (instant: string) => formatDate(toLondon(instant).date);

/** The answer to a review, as the store asks for it; throws EventRefused (with its code) to refuse. */
export function decideReviewAnswer(record: CaseRecord, events: readonly CaseEvent[], input: ReviewAnswerInput, today: string): EventDecision<{ request: CaseEvent }> {
  if (record.kind !== 'excluded') throw new EventRefused('not_an_exclusion', {}, 'only an exclusion has a review to answer');
  const request = pendingRequest(events);
  if (!request) throw new EventRefused('no_review_requested', {}, 'the resident has not asked for this exclusion to be looked at again, or the review is already answered');
  if (input.date > today) throw new EventInFuture('after_today', { date: input.date, today }, `${input.date} is after today (${today}); record what has happened, on the day it happened`, 'date');
  const requested = londonDay(request.at);
  if (input.date < requested) throw new EventRefused('before_review_requested', { date: input.date, requested }, `${input.date} is before the resident asked for the review (${requested})`, 'date');
  const { type, ...data } = input;
  return { event: { type, data: { ...data, request: request.id } }, stage: record.stage, state: record.state, listing: { next: null, basis: NO_DATES_BASIS }, result: { request } };
}
