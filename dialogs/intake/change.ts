import { normalise } from '../../src/language/normalise';
import { type Choice, matchOne } from '../parse/choices';
import type { QuestionId } from './questions';

/** "change the address" / "newid y cyfeiriad": which answer the resident wants to change. */
const FIELD = (value: QuestionId, synonyms: string[]): Choice<QuestionId> => ({ value, synonyms: synonyms.map(normalise) });

const FIELDS: Choice<QuestionId>[] = [
  FIELD('description', ['what went wrong', 'description', 'the problem', 'problem', 'complaint', 'my complaint', 'disgrifiad', 'y disgrifiad', 'y broblem', 'problem', "beth aeth o'i le", 'cwyn', 'gwyn', 'y gwyn', 'fy nghwyn']),
  FIELD('location', ['address', 'the address', 'where', 'location', 'place', 'building', 'cyfeiriad', 'y cyfeiriad', 'lleoliad', 'ble', 'lle', 'adeilad']),
  FIELD('when', ['date', 'the date', 'when', 'time it happened', 'dyddiad', 'y dyddiad', 'pryd']),
  FIELD('reported_before', ['reported', 'reported before', 'report', 'rhoi gwybod', 'wedi rhoi gwybod', "o'r blaen"]),
  FIELD('impact', ['impact', 'effect', 'affected', 'how it affected', 'effaith', "yr effaith", 'effeithio']),
  FIELD('court_claim', ['court', 'court claim', 'claim', 'llys', 'hawliad', 'hawliad llys']),
  FIELD('outcomes', ['outcome', 'outcomes', 'what i want', 'put right', 'put things right', 'result', 'canlyniad', 'unioni', 'beth hoffwn i', 'beth dw i isio', 'beth dwi eisiau']),
  FIELD('adjustments', ['adjustments', 'adjustment', 'support', 'needs', 'my needs', 'addasiadau', 'addasiad', 'anghenion']),
  FIELD('representative', ['resident', 'representative', 'who is complaining', 'acting for', 'on behalf', 'preswylydd', 'cynrychiolydd', 'ar ran', "pwy sy'n cwyno"]),
  FIELD('name', ['name', 'my name', 'enw', 'fy enw', 'anonymous', 'dienw']),
  FIELD('contact', ['contact', 'contact details', 'phone', 'phone number', 'number', 'my number', 'email', 'e-mail', 'email address', 'postal address', 'cysylltu', 'manylion cyswllt', 'rhif', 'rhif ffon', 'fy rhif', 'ffon', 'e-bost', 'ebost', 'cyfeiriad e-bost', 'cyfeiriad post']),
  FIELD('letter_language', ['language', 'letters', 'letter language', 'iaith', 'llythyrau', 'iaith y llythyrau']),
  FIELD('best_times', ['times', 'time to call', 'best time', 'call times', 'amser', 'amseroedd', 'amser i ffonio']),
];

const VERBS = /^(please\s+)?(change|edit|correct|fix|update|amend|alter|newid|cywiro|golygu|diweddaru)\b\s*(the|my|y|yr|'r|fy)?\s*/i;

/** Which answer to change, with or without a leading "change"; null if none is named. */
export function fieldToChange(text: string): QuestionId | null {
  // Clitics off, so "ma'r cyfeiriad" and "enw'n anghywir" name the address and the name.
  const n = normalise(text).replace(VERBS, '').replace(/'(n|r)\b/g, ' ').replace(/\s+/g, ' ').trim();
  return matchOne(n, FIELDS) ?? null;
}

export function saysChange(text: string): boolean {
  return VERBS.test(normalise(text));
}
