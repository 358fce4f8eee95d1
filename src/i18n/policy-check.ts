import type { TFunction } from 'i18next';
import type { CheckValue, Finding, FindingKind, Statement } from '../policy/check';
import type { PolicyProfile } from '../policy/schema';
import { citeClausesAndRefs } from './citation';
import { duration } from './format';
import { countValues, DIWRNOD } from './numbers';
import type { Lang } from './index';

function value(t: TFunction, v: CheckValue): string | number {
  if (typeof v !== 'object') return v;
  if ('duration' in v) return duration(t, v.duration);
  if ('from' in v) return t(`policy:from.${v.from}`);
  if ('reason' in v) return t(`policy:reason.${v.reason}`);
  if ('topic' in v) return t(`policy:exclusion.${v.topic}`);
  return v.representatives.map((k) => t(`policy:representative.${k}`)).join(', ');
}

function values(t: TFunction, vs: Record<string, CheckValue> = {}): Record<string, string | number> {
  return Object.fromEntries(Object.entries(vs).map(([k, v]) => [k, value(t, v)]));
}

/**
 * One side of a finding in one language: the statement, the clauses it rests on named as
 * documents and paragraphs (never the clause's English words, so Welsh stays Welsh), then how
 * its dates compare with the code's.
 */
export function renderStatement(t: TFunction, lang: Lang, about: PolicyProfile, s: Statement): string {
  const text = t(`policy:say.${s.key}`, values(t, s.values));
  const cited = s.clauses?.length || s.refs?.length ? citeClausesAndRefs(t, lang, about, s.clauses ?? [], s.refs ?? []) : '';
  const c = s.comparison;
  const compared =
    c === undefined ? '' : typeof c === 'string' ? t(`policy:compare.${c}`) : c.result === 'earlier' ? t('policy:compare.earlier') : t(`policy:compare.${c.result}`, countValues(c.worstDays, DIWRNOD));
  return `${text}${cited ? ` (${cited})` : ''}.${compared ? ` ${compared}` : ''}`;
}

export interface RenderedFinding {
  kind: FindingKind;
  breach: boolean;
  topic: string;
  profile: string;
  code: string;
}

export function renderFinding(t: TFunction, lang: Lang, profile: PolicyProfile, code: PolicyProfile, f: Finding): RenderedFinding {
  return {
    kind: f.kind,
    breach: f.breach,
    topic: t(`policy:topic.${f.topic.key}`, values(t, f.topic.values)),
    profile: renderStatement(t, lang, profile, f.profile),
    code: renderStatement(t, lang, code, f.code),
  };
}

/** The self-assessment as text: a title, then departures, where the policy is better, and points to review. */
export function formatFindings(t: TFunction, lang: Lang, profile: PolicyProfile, code: PolicyProfile, findings: Finding[]): string {
  const lines = [t('policy:check.title', { profile: profile.name[lang], id: profile.id, code: code.name[lang] }), ''];
  const rendered = findings.map((f) => renderFinding(t, lang, profile, code, f));
  const width = Math.max(t('policy:check.policy').length, t('policy:check.code').length) + 1;
  for (const kind of ['departure', 'better', 'note'] as const) {
    const group = rendered.filter((f) => f.kind === kind);
    lines.push(t(`policy:check.heading.${kind}`, { count: group.length }));
    for (const f of group) {
      lines.push(`  - ${f.topic}${f.breach ? ` ${t('policy:check.breach')}` : ''}`);
      lines.push(`      ${t('policy:check.policy').padEnd(width)}${f.profile}`, `      ${t('policy:check.code').padEnd(width)}${f.code}`);
    }
    lines.push('');
  }
  lines.push(t('policy:check.breaches', { count: findings.filter((f) => f.breach).length }), '');
  return lines.join('\n');
}
