import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createProfileRegistry, type ProfileRegistry } from '../policy/profiles';
import { ProfileError, parseProfile } from '../policy/parse';
import type { PolicyProfile } from '../policy/schema';

/**
 * Reads a landlord's own profile file and checks it against the schema. Every failure is a
 * ProfileError whose message is what `complaints policy validate` prints: the file and the
 * reason it cannot be read, or each field that is wrong.
 */
export function loadProfileFile(path: string): PolicyProfile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ProfileError(`${path}: ${(e as Error).message}`);
  }
  return parseProfile(data, path);
}

export interface LandlordProfiles {
  /** The shipped profiles and the landlords' own, by id (a landlord's own replaces a shipped one of the same id). */
  registry: ProfileRegistry;
  /** The landlords' own profiles' ids, in the order their files were given. */
  ids: string[];
}

/**
 * The profiles a command can use: the shipped ones plus each file given (POLICY_FILE and
 * `--policy-file`, in that order). The same file named twice counts once; two files with one id
 * are refused, since only one of them could be used.
 */
export function loadLandlordProfiles(paths: string[]): LandlordProfiles {
  const seen = new Map<string, string>();
  const byId = new Map<string, string>();
  const extra: Array<{ data: unknown; origin: string }> = [];
  for (const path of paths) {
    const full = resolve(path);
    if (seen.has(full)) continue;
    seen.set(full, path);
    const profile = loadProfileFile(path);
    const other = byId.get(profile.id);
    if (other !== undefined) throw new ProfileError(`${path}: its id "${profile.id}" is also the id of ${other}; give each profile its own id`);
    byId.set(profile.id, path);
    extra.push({ data: profile, origin: path });
  }
  return { registry: createProfileRegistry(extra), ids: [...byId.keys()] };
}
