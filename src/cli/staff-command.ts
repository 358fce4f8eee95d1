import { parseArgs } from 'node:util';
import { systemClock } from '../clock/clock';
import { readEnv } from '../config/env';
import { displayNameProblem, normaliseDisplayName, normaliseStaffName, staffNameProblem } from '../staff/accounts/names';
import { hashPassword, oneTimePassword } from '../staff/accounts/password';
import { createLogger } from '../log';
import { openStore } from '../store/open';
import type { Store } from '../store/ports';
import { STAFF_COMMANDS } from './staff-usage';

// In a file of its own so `complaints --help` can print it without loading the store.
export { STAFF_USAGE } from './staff-usage';

export interface StaffCommandResult {
  code: number;
  out?: string;
  err?: string;
}

/** The staff account commands, on the store the bot uses (DATABASE_PATH or DATABASE_URL). */
export async function staffCommand(args: string[], environment: Record<string, string | undefined> = process.env): Promise<StaffCommandResult | 'usage'> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { name: { type: 'string' }, 'display-name': { type: 'string' }, oidc: { type: 'boolean' } } });
  } catch (e) {
    return { code: 2, err: `complaints staff: ${(e as Error).message}\n` };
  }
  const [sub, nameGiven, ...extra] = parsed.positionals;
  if (!(STAFF_COMMANDS as readonly string[]).includes(sub ?? '')) return 'usage';
  if (sub === 'list' ? nameGiven !== undefined : nameGiven === undefined || extra.length > 0) return 'usage';
  const name = nameGiven === undefined ? '' : normaliseStaffName(nameGiven);
  if (sub !== 'list') {
    const problem = staffNameProblem(name);
    if (problem) return { code: 2, err: `complaints staff: the name ${problem}\n` };
  }
  // --name and --display-name are one setting; both given must agree.
  const shownAs = parsed.values.name ?? parsed.values['display-name'];
  if (parsed.values.name !== undefined && parsed.values['display-name'] !== undefined && parsed.values.name !== parsed.values['display-name']) {
    return { code: 2, err: 'complaints staff: give --name or --display-name, not both\n' };
  }
  if (shownAs !== undefined && sub !== 'add' && sub !== 'rename') return { code: 2, err: `complaints staff: --name is for \`staff add\` and \`staff rename\`\n` };
  if (shownAs === undefined && sub === 'rename') return { code: 2, err: 'complaints staff: `staff rename` needs --name "<full name>"\n' };
  const displayName = shownAs === undefined ? undefined : normaliseDisplayName(shownAs);
  if (displayName !== undefined) {
    const problem = displayNameProblem(displayName);
    if (problem) return { code: 2, err: `complaints staff: --name ${problem}\n` };
  }
  const env = readEnv(environment);
  const store = await openStore(env, { clock: systemClock, log: createLogger('silent') });
  try {
    return await run(store, sub!, name, { displayName, oidc: parsed.values.oidc });
  } finally {
    await store.close();
  }
}

async function run(store: Store, sub: string, name: string, options: { displayName?: string; oidc?: boolean }): Promise<StaffCommandResult> {
  const at = systemClock.now().toISOString();
  const accounts = store.staffAccounts;
  switch (sub) {
    case 'add': {
      const fromName = name.split(/[@.]/)[0].slice(0, 100);
      const displayName = options.displayName ?? fromName.charAt(0).toUpperCase() + fromName.slice(1);
      const password = options.oidc ? null : oneTimePassword();
      const created = await accounts.create({
        name,
        displayName,
        passwordHash: password === null ? null : await hashPassword(password),
        mustChangePassword: password !== null,
        disabled: false,
        createdAt: at,
        updatedAt: at,
      });
      if (!created) return { code: 1, err: `complaints staff: an account named "${name}" already exists\n` };
      return {
        code: 0,
        out: password === null
          ? `Created ${name} (shown as ${displayName}): signs in through OpenID Connect only.\n`
          : `Created ${name} (shown as ${displayName}). One-time password (to be changed at first sign-in at /staff/console):\n${password}\n`,
      };
    }
    case 'list': {
      // When each last signed in: accounts nobody uses (a leaver's not yet disabled) stand out.
      const last = await accounts.lastSignIns();
      const rows = (await accounts.list()).map((a) =>
        [a.name, a.displayName, a.disabled ? 'disabled' : 'enabled', a.passwordHash === null ? 'oidc' : a.mustChangePassword ? 'one-time password' : 'password', last.get(a.name) ?? 'never'].join('\t'),
      );
      return { code: 0, out: rows.length ? `name\tdisplay name\tstatus\tsign-in\tlast signed in\n${rows.join('\n')}\n` : 'No staff accounts yet: add one with `complaints staff add <name>`.\n' };
    }
    case 'rename': {
      if (!(await accounts.setDisplayName(name, options.displayName!, at))) return { code: 1, err: `complaints staff: no account named "${name}"\n` };
      return { code: 0, out: `${name} is now shown as ${options.displayName}.\n` };
    }
    case 'disable':
    case 'enable': {
      if (!(await accounts.setDisabled(name, sub === 'disable', at))) return { code: 1, err: `complaints staff: no account named "${name}"\n` };
      const ended = sub === 'disable' ? await store.staffSessions.deleteForAccount(name) : 0;
      return { code: 0, out: sub === 'disable' ? `Disabled ${name}; ${ended} session(s) ended.\n` : `Enabled ${name}.\n` };
    }
    default: {
      const password = oneTimePassword();
      if (!(await accounts.setPassword(name, await hashPassword(password), true, at))) return { code: 1, err: `complaints staff: no account named "${name}"\n` };
      const ended = await store.staffSessions.deleteForAccount(name);
      return { code: 0, out: `New one-time password for ${name} (${ended} session(s) ended):\n${password}\n` };
    }
  }
}
