import { createHash, randomBytes } from 'node:crypto';
import { sameSecret } from '../../same-secret';
import type { Clock } from '../../clock/clock';
import type { LookupLocks, StaffAccount, StaffAccounts, StaffSessions } from '../../store/ports';
import { normaliseStaffName } from './names';
import { hashPassword, type PasswordProblem, passwordProblem, verifyPassword } from './password';

export interface SessionLimits {
  /** A session ends this long after sign-in, however busy (a shift). */
  hours: number;
  /** ...or after this long without a request. */
  idleMinutes: number;
}

/** A signed-in member of staff, as a request sees them. */
export interface SignedIn {
  name: string;
  displayName: string;
  csrfToken: string;
  mustChangePassword: boolean;
  expiresAt: string;
  /** The SHA-256 of the cookie, to sign out or change the password with. */
  idHash: string;
}

export type SignInResult =
  | { ok: true; cookie: string; session: SignedIn; maxAgeSeconds: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export type PasswordChange = { ok: true } | { ok: false; reason: 'wrong_password' | PasswordProblem };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** Counted with the case-lookup limits (src/cases/lookup-limits.ts): 5 misses, then 30 minutes. */
const lockKeys = (name: string, address: string) => ({ reference: `staff-sign-in:${name}`, asker: `staff-sign-in-from:${address}` });

/**
 * Signing staff in and keeping them signed in, against the shared store (any instance can serve
 * any member of staff). Wrong passwords are counted per account and per client address in the
 * store, as wrong case-lookup answers are, so guessing from many instances at once does not help.
 */
export class StaffSignIn {
  constructor(
    private readonly deps: { accounts: StaffAccounts; sessions: StaffSessions; locks: LookupLocks; clock: Clock; limits: SessionLimits },
  ) {}

  async signIn(nameGiven: string, password: string, address: string): Promise<SignInResult> {
    const name = normaliseStaffName(nameGiven);
    const now = this.deps.clock.now();
    const keys = lockKeys(name, address);
    // Checked before hashing: a locked account costs the server nothing to refuse.
    const locked = await this.deps.locks.lockedUntil(keys, now);
    if (locked) return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(locked, now) };
    const account = await this.deps.accounts.find(name);
    // verifyPassword does the same work for a missing account or one without a password.
    const matches = (await verifyPassword(password, account?.passwordHash ?? null)) && account !== undefined && !account.disabled;
    const attempt = await this.deps.locks.attempt(keys, now, matches);
    if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(attempt.until, now) };
    if (attempt.outcome === 'missed' || !account) return { ok: false, reason: 'invalid' };
    return this.start(account);
  }

  /** A session for an account already proven (by password, or by the OpenID provider). */
  async start(account: StaffAccount): Promise<SignInResult & { ok: true }> {
    const now = this.deps.clock.now();
    const cookie = token();
    const expires = new Date(now.getTime() + this.deps.limits.hours * 3_600_000);
    const session = {
      idHash: sha256(cookie),
      name: account.name,
      csrfToken: token(),
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: expires.toISOString(),
    };
    await this.deps.sessions.create(session);
    await this.deps.accounts.signedIn(account.name, session.createdAt);
    return {
      ok: true,
      cookie,
      maxAgeSeconds: this.deps.limits.hours * 3600,
      session: { name: account.name, displayName: account.displayName, csrfToken: session.csrfToken, mustChangePassword: account.mustChangePassword, expiresAt: session.expiresAt, idHash: session.idHash },
    };
  }

  /** The member of staff a session cookie belongs to, if it is current and their account enabled. */
  async resume(cookie: string): Promise<SignedIn | undefined> {
    const idHash = sha256(cookie);
    const session = await this.deps.sessions.find(idHash);
    if (!session) return undefined;
    const now = this.deps.clock.now();
    const idleEnd = new Date(session.lastSeenAt).getTime() + this.deps.limits.idleMinutes * 60_000;
    if (now.getTime() >= new Date(session.expiresAt).getTime() || now.getTime() >= idleEnd) {
      await this.deps.sessions.delete(idHash);
      return undefined;
    }
    const account = await this.deps.accounts.find(session.name);
    if (!account || account.disabled) return undefined;
    // Idle time is counted in minutes: one write a minute at most, not one a request.
    if (now.getTime() - new Date(session.lastSeenAt).getTime() >= 60_000) await this.deps.sessions.touch(idHash, now.toISOString());
    return { name: account.name, displayName: account.displayName, csrfToken: session.csrfToken, mustChangePassword: account.mustChangePassword, expiresAt: session.expiresAt, idHash };
  }

  async signOut(idHash: string): Promise<void> {
    await this.deps.sessions.delete(idHash);
  }

  /**
   * Changes the password of the signed-in member of staff (the one-time one on first sign-in). The
   * current password is asked again, so a browser left signed in cannot be used to take the
   * account; every other session of theirs ends.
   */
  async changePassword(who: SignedIn, current: string, next: string, address: string): Promise<PasswordChange | { ok: false; reason: 'locked'; retryAfterSeconds: number }> {
    const account = await this.deps.accounts.find(who.name);
    const now = this.deps.clock.now();
    const keys = lockKeys(who.name, address);
    const locked = await this.deps.locks.lockedUntil(keys, now);
    if (locked) return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(locked, now) };
    const matches = await verifyPassword(current, account?.passwordHash ?? null);
    const attempt = await this.deps.locks.attempt(keys, now, matches && account !== undefined);
    if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', retryAfterSeconds: secondsUntil(attempt.until, now) };
    if (attempt.outcome === 'missed' || !account) return { ok: false, reason: 'wrong_password' };
    const problem = passwordProblem(next, who.name, current);
    if (problem) return { ok: false, reason: problem };
    await this.deps.accounts.setPassword(who.name, await hashPassword(next), false, now.toISOString());
    await this.deps.sessions.deleteForAccount(who.name);
    // This browser stays signed in (its session made anew); the others are signed out.
    await this.deps.sessions.create({
      idHash: who.idHash,
      name: who.name,
      csrfToken: who.csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: who.expiresAt,
    });
    return { ok: true };
  }
}

/** Compares a CSRF token sent by the page with the session's, without leaking where they differ. */
export function csrfMatches(sent: string | undefined, expected: string): boolean {
  return sameSecret(sent, expected);
}

function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
