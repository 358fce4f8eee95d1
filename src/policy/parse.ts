import { PolicyProfile } from './schema';

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

/** Checks data against the schema; the error names every field that is wrong. */
export function parseProfile(data: unknown, origin: string): PolicyProfile {
  const r = PolicyProfile.safeParse(data);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new ProfileError(`policy profile ${origin} is not valid:\n  ${problems.join('\n  ')}`);
}
