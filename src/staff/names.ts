import type { StaffAccounts } from '../store/ports';

/**
 * The names colleagues know people by, for the actors of a history: `person:<sign-in name>` →
 * the account's display name as it is now. Events keep the sign-in name (`actor`), which never
 * changes and is what an audit matches; this is only how the console shows them. Systems
 * (`staff:<token name>`), the bot and the resident are not accounts and are left out, as is a
 * sign-in name with no account any more.
 */
export async function displayNames(accounts: StaffAccounts | undefined, actors: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (!accounts) return names;
  const people = new Set<string>();
  for (const a of actors) if (a && a.startsWith('person:')) people.add(a);
  // A history names a handful of people: one indexed read each.
  await Promise.all(
    [...people].map(async (actor) => {
      const account = await accounts.find(actor.slice('person:'.length));
      if (account) names.set(actor, account.displayName);
    }),
  );
  return names;
}
