import { KINDS, type TriageKind } from './types';

/**
 * How a reading is scored against a label (triage.md): `accept` lists the other kinds a careful
 * housing officer could reasonably choose, so a reading among them is right. Complaint recall
 * stays strict (the cardinal rule): a line labelled complaint read as a service request,
 * feedback or nothing is lost even where its `accept` allows that reading.
 */
export interface Labelled {
  kind: TriageKind;
  accept?: readonly TriageKind[];
}

/** Kinds that lose a complaint if chosen for one. */
export const SOFT_KINDS: ReadonlySet<TriageKind> = new Set(['service_request', 'feedback', 'none']);

export function isRight(label: Labelled, got: TriageKind): boolean {
  return got === label.kind || (label.accept?.includes(got) ?? false);
}

/** The label a reading is counted against: the reading itself where the label accepts it. */
export function countedAs(label: Labelled, got: TriageKind): TriageKind {
  return isRight(label, got) ? got : label.kind;
}

export function isLostComplaint(label: Labelled, got: TriageKind): boolean {
  return label.kind === 'complaint' && SOFT_KINDS.has(got);
}

/** `accept` as written in a corpus line, keeping only kinds the scheme has. */
export function acceptOf(raw: unknown): TriageKind[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const kinds = raw.filter((k): k is TriageKind => (KINDS as readonly string[]).includes(k));
  return kinds.length ? kinds : undefined;
}
