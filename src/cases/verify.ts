import { normalise } from '../language/normalise';
import type { IntakeAnswers } from './intake';

/**
 * The "one thing only the resident knows" check for someone asking about a case from another
 * chat: the postcode or the surname given on the case. A reference alone never reads a case.
 */
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/gi;

function postcodes(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(POSTCODE)].map((m) => `${m[1]}${m[2]}`.toUpperCase());
}

function surname(name: string | undefined): string | null {
  const words = normalise(name ?? '').split(' ').filter((w) => w.length > 1);
  return words.length ? words[words.length - 1] : null;
}

export function matchesSecret(details: IntakeAnswers, answer: string): boolean {
  const known = [...postcodes(details.location), ...postcodes(details.contact?.address)];
  const given = postcodes(answer);
  if (given.some((p) => known.includes(p))) return true;
  const last = surname(details.contact?.name);
  if (!last || last.length < 2) return false;
  return normalise(answer).split(' ').includes(last);
}
