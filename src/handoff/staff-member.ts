import type { StaffRequest, StaffResponse } from '../staff/api';
import type { StaffAuth } from '../staff/auth';

/** Who is acting on a handover: recorded on everything they do, and (first name) shown to residents if the landlord allows. */
export interface StaffMember {
  /** `staff:<name>`, as on case events. */
  actor: string;
  name: string;
  firstName: string | null;
}

/**
 * The one seam for how staff prove who they are. Bearer tokens (systems) implement it here;
 * staff accounts with sign-in sessions (issue #18 §3, h18-accounts) implement it too, and the
 * handover routes need not change: pass an authenticator that tries the session, then the token.
 */
export interface StaffAuthenticator {
  readonly enabled: boolean;
  authenticate(req: StaffRequest): Promise<{ ok: true; member: StaffMember } | { ok: false; response: StaffResponse }>;
}

/** A person's name as a system may give it in X-Staff-Member: letters, spaces, apostrophes, hyphens and dots. */
const PERSON = /^[\p{L}][\p{L}\p{M} .'’-]{0,79}$/u;

/**
 * Bearer tokens (STAFF_API_TOKENS): the client is `staff:<token name>`. A contact-centre system
 * acting for one of its own signed-in people names them in `X-Staff-Member: Rhian Evans`,
 * recorded as `staff:<token name>/Rhian Evans`, whose first name residents may be shown.
 */
export class BearerStaff implements StaffAuthenticator {
  constructor(private readonly auth: StaffAuth) {}

  get enabled(): boolean {
    return this.auth.enabled;
  }

  async authenticate(req: StaffRequest): Promise<{ ok: true; member: StaffMember } | { ok: false; response: StaffResponse }> {
    const who = this.auth.authenticate(req.authorization);
    if (!who.ok) {
      const challenge = who.reason === 'missing' ? 'Bearer realm="staff"' : 'Bearer realm="staff", error="invalid_token"';
      const message = who.reason === 'missing' ? 'a bearer token is required (Authorization: Bearer <token>)' : 'the bearer token was not accepted';
      return {
        ok: false,
        response: {
          status: 401,
          headers: { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8', 'www-authenticate': challenge },
          body: JSON.stringify({ code: 'Unauthorized', message }),
        },
      };
    }
    const raw = req.headers?.['x-staff-member'];
    const person = (Array.isArray(raw) ? raw[0] : raw)?.trim().normalize('NFC');
    if (person && PERSON.test(person)) {
      return { ok: true, member: { actor: `staff:${who.name}/${person}`, name: person, firstName: person.split(/\s+/)[0] } };
    }
    return { ok: true, member: { actor: `staff:${who.name}`, name: who.name, firstName: null } };
  }
}
