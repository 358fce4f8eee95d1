import type { i18n } from 'i18next';
import { loadProfileFile } from '../config/policy-files';
import type { DeadlineService } from '../deadlines/service';
import type { Lang } from '../i18n';
import { formatFindings } from '../i18n/policy-check';
import { checkAgainstCode, codeFor } from '../policy/check';
import { ProfileError } from '../policy/parse';

export interface CommandResult {
  code: number;
  out?: string;
  err?: string;
}

export interface PolicyContext {
  /** Every profile the command may use: the shipped ones and the landlords' own. */
  service: DeadlineService;
  /** The shipped profiles only: a landlord's file can never stand in for the statutory code. */
  codes: DeadlineService;
  /** Ids of the landlords' own profiles (POLICY_FILE, --policy-file, and files named as arguments). */
  landlord: string[];
  i18n: i18n;
  lang: Lang;
}

/**
 * An argument to `policy show` or `policy check` that names a file rather than a profile id:
 * anything with a path separator or a .json ending (ids are lower-case letters, digits and "-").
 */
export function looksLikePath(arg: string): boolean {
  return /[/\\]/.test(arg) || /\.json$/i.test(arg);
}

function unknown(ctx: PolicyContext, id: string): CommandResult {
  return { code: 1, err: `complaints: unknown policy "${id}"; known policies: ${ctx.service.profiles.ids().join(', ')}\n` };
}

function check(ctx: PolicyContext, id: string): { out: string; breaches: number } {
  const profile = ctx.service.profile(id);
  const code = ctx.codes.profile(codeFor(profile));
  const findings = checkAgainstCode({ profile, code, profileCalendar: ctx.service.calendar(profile), codeCalendar: ctx.codes.calendar(code) });
  return { out: formatFindings(ctx.i18n.getFixedT(ctx.lang), ctx.lang, profile, code, findings), breaches: findings.filter((f) => f.breach).length };
}

/** A file argument stands for the id inside it (its profile is already in the registry). */
function idOf(arg: string): string {
  return looksLikePath(arg) ? loadProfileFile(arg).id : arg;
}

export function policyCommand(args: string[], ctx: PolicyContext): CommandResult | 'usage' {
  const [sub, ...rest] = args;
  const { service } = ctx;
  try {
    switch (sub) {
      case 'list': {
        if (rest.length) return 'usage';
        const rows = service.profiles.ids().map((id) => {
          const p = service.profile(id);
          return `${id.padEnd(24)} ${p.nation.padEnd(8)} ${p.name[ctx.lang]}${ctx.landlord.includes(id) ? ' *' : ''}`;
        });
        return { code: 0, out: rows.join('\n') + '\n' };
      }
      case 'show': {
        if (rest.length !== 1) return 'usage';
        const id = idOf(rest[0]);
        if (!service.profiles.has(id)) return unknown(ctx, id);
        return { code: 0, out: JSON.stringify(service.profile(id), null, 2) + '\n' };
      }
      case 'check': {
        // No argument: every landlord profile given, so a group can check all of its landlords at once.
        const ids = rest.length ? rest.map(idOf) : ctx.landlord;
        if (!ids.length) return 'usage';
        const missing = ids.find((id) => !service.profiles.has(id));
        if (missing !== undefined) return unknown(ctx, missing);
        const results = [...new Set(ids)].map((id) => check(ctx, id));
        return { code: results.some((r) => r.breaches > 0) ? 1 : 0, out: results.map((r) => r.out).join('\n') };
      }
      case 'validate': {
        if (rest.length !== 1) return 'usage';
        const p = loadProfileFile(rest[0]);
        return { code: 0, out: `${rest[0]}: valid profile "${p.id}" (${p.name.en})\n` };
      }
      default:
        return 'usage';
    }
  } catch (e) {
    if (e instanceof ProfileError) return { code: 1, err: e.message + '\n' };
    throw e;
  }
}
