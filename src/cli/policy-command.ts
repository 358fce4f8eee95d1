import { readFileSync } from 'node:fs';
import type { DeadlineService } from '../deadlines/service';
import { checkAgainstCode, codeFor, type Finding } from '../policy/check';
import { ProfileError, parseProfile } from '../policy/parse';

export interface CommandResult {
  code: number;
  out?: string;
  err?: string;
}

const HEADINGS: Record<Finding['kind'], string> = {
  departure: 'Departures from the code (worse for residents, or no longer allowed)',
  better: 'Better for residents than the code',
  note: 'To review',
};

export function formatFindings(title: string, findings: Finding[]): string {
  const lines = [title, ''];
  for (const kind of ['departure', 'better', 'note'] as const) {
    const group = findings.filter((f) => f.kind === kind);
    lines.push(`${HEADINGS[kind]}: ${group.length}`);
    for (const f of group) lines.push(`  - ${f.topic}`, `      policy: ${f.profile}`, `      code:   ${f.code}`);
    lines.push('');
  }
  return lines.join('\n');
}

function withProfile(service: DeadlineService, id: string | undefined, run: (id: string) => CommandResult): CommandResult | 'usage' {
  if (!id) return 'usage';
  if (!service.profiles.has(id)) return { code: 1, err: `complaints: unknown policy "${id}"; known policies: ${service.profiles.ids().join(', ')}\n` };
  return run(id);
}

export function policyCommand(args: string[], service: DeadlineService): CommandResult | 'usage' {
  const [sub, arg, ...extra] = args;
  if (extra.length) return 'usage';
  switch (sub) {
    case 'list': {
      if (arg) return 'usage';
      const rows = service.profiles.ids().map((id) => {
        const p = service.profile(id);
        return `${id.padEnd(24)} ${p.nation.padEnd(8)} ${p.name.en}`;
      });
      return { code: 0, out: rows.join('\n') + '\n' };
    }
    case 'show':
      return withProfile(service, arg, (id) => ({ code: 0, out: JSON.stringify(service.profile(id), null, 2) + '\n' }));
    case 'check':
      return withProfile(service, arg, (id) => {
        const profile = service.profile(id);
        const code = service.profile(codeFor(profile));
        const findings = checkAgainstCode({
          profile,
          code,
          profileCalendar: service.calendar(profile),
          codeCalendar: service.calendar(code),
        });
        return { code: 0, out: formatFindings(`${profile.name.en} (${id}) compared with ${code.name.en}`, findings) };
      });
    case 'validate': {
      if (!arg) return 'usage';
      try {
        const p = parseProfile(JSON.parse(readFileSync(arg, 'utf8')), arg);
        return { code: 0, out: `${arg}: valid profile "${p.id}" (${p.name.en})\n` };
      } catch (e) {
        const msg = e instanceof ProfileError ? e.message : `${arg}: ${(e as Error).message}`;
        return { code: 1, err: msg + '\n' };
      }
    }
    default:
      return 'usage';
  }
}
