import type { StaffRequest, StaffResponse } from '../staff/api';
import type { StaffGate } from '../staff/identity';

/** Who is acting on a handover: recorded on everything they do, and (first name) shown to residents if the landlord allows. */
export interface StaffMember {
  /** `person:<name>` for someone signed in to the console, `staff:<token name>` for a system. */
  actor: string;
  name: string;
  /** A person's first name (from their account's display name); a system has none. */
  firstName: string | null;
}

/** How the handover routes learn who is calling; StaffGate's sessions and tokens in production. */
export interface StaffAuthenticator {
  readonly enabled: boolean;
  authenticate(req: StaffRequest): Promise<{ ok: true; member: StaffMember } | { ok: false; response: StaffResponse }>;
}

const refused = (status: number, code: string, message: string, headers: Record<string, string> = {}): { ok: false; response: StaffResponse } => ({
  ok: false,
  response: {
    status,
    headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify({ code, message }),
  },
});

/**
 * The staff gate (src/staff/identity.ts) as the handover needs it. A person is their console
 * session (CSRF-checked on every state-changing request), named to residents by the first word
 * of their account's display name when HANDOVER_STAFF_FIRST_NAME allows. A system is its bearer
 * token and nothing more: it cannot name a person (a header would let any token holder speak as
 * anyone), so its messages are never signed with a name.
 */
export class GateStaff implements StaffAuthenticator {
  constructor(private readonly gate: StaffGate) {}

  get enabled(): boolean {
    return this.gate.enabled;
  }

  async authenticate(req: StaffRequest): Promise<{ ok: true; member: StaffMember } | { ok: false; response: StaffResponse }> {
    const r = await this.gate.identify(req);
    if (!r.ok) return refused(r.status, r.code, r.message, r.headers);
    const who = r.who;
    if (who.via === 'token') return { ok: true, member: { actor: who.actor, name: who.name, firstName: null } };
    if (who.session.mustChangePassword) return refused(403, 'PasswordChangeRequired', 'change the one-time password first (POST /staff/session/password)');
    return { ok: true, member: { actor: who.actor, name: who.name, firstName: firstNameOf(who.displayName) } };
  }
}

export function firstNameOf(displayName: string): string | null {
  return displayName.trim().split(/\s+/)[0] || null;
}
