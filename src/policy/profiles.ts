import type { PolicyProfile } from './schema';
import { ProfileError, parseProfile } from './parse';

export { ProfileError, parseProfile };
import hos from './profiles/housing-ombudsman-code.json';
import psow from './profiles/psow-model.json';
import bronAfon from './profiles/bron-afon.json';
import bromford from './profiles/bromford.json';
import brighterPlaces from './profiles/brighter-places.json';
import association2022 from './profiles/association-2022.json';
import berneslai from './profiles/berneslai-homes.json';

/** The profiles shipped with the product, as data; each is checked by the schema when read. */
const BUILT_IN: Record<string, unknown> = {
  'housing-ombudsman-code': hos,
  'psow-model': psow,
  'bron-afon': bronAfon,
  bromford,
  'brighter-places': brighterPlaces,
  'association-2022': association2022,
  'berneslai-homes': berneslai,
};

export const DEFAULT_POLICY = 'housing-ombudsman-code';

export interface ProfileRegistry {
  ids(): string[];
  has(id: string): boolean;
  /** A profile by id; an unknown id is a ProfileError listing the known ones. */
  get(id: string): PolicyProfile;
}

/** Validates profiles (the shipped ones, plus any a landlord supplies) into a registry. */
export function createProfileRegistry(extra: Array<{ data: unknown; origin: string }> = []): ProfileRegistry {
  const byId = new Map<string, PolicyProfile>();
  for (const [id, data] of Object.entries(BUILT_IN)) {
    const profile = parseProfile(data, `"${id}"`);
    if (profile.id !== id) throw new ProfileError(`policy profile "${id}" says its id is "${profile.id}"`);
    byId.set(id, profile);
  }
  for (const { data, origin } of extra) {
    const profile = parseProfile(data, origin);
    byId.set(profile.id, profile);
  }
  return {
    ids: () => [...byId.keys()],
    has: (id) => byId.has(id),
    get(id) {
      const p = byId.get(id);
      if (!p) throw new ProfileError(`unknown policy "${id}"; known policies: ${[...byId.keys()].join(', ')}`);
      return p;
    },
  };
}
