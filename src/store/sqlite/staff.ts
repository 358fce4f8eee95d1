import type { SignInFlow, StaffAccount, StaffAccounts, StaffSession, StaffSessions } from '../ports';
import { signInFlowFromRow, staffAccountFromRow, staffSessionFromRow } from '../rows';
import type { Db } from './database';

const ACCOUNT_COLUMNS = 'name, display_name, password_hash, must_change_password, disabled, created_at, updated_at';
const SESSION_COLUMNS = 'id_hash, name, csrf_token, created_at, last_seen_at, expires_at';

/**
 * Staff accounts in SQLite. Written outside the turns' group commit: a sign-in is not a turn, and
 * these statements commit on their own at once (nothing else holds a transaction between passes
 * of the event loop).
 */
export class SqliteStaffAccounts implements StaffAccounts {
  private readonly insert;
  private readonly one;
  private readonly all;
  private readonly password;
  private readonly disable;
  private readonly rename;
  private readonly signIn;
  private readonly signIns;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string, string | null, number, number, string, string]>(
      `INSERT INTO staff_accounts (${ACCOUNT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
    );
    this.one = db.prepare<[string], unknown>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts WHERE name = ?`);
    this.all = db.prepare<[], unknown>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts ORDER BY name`);
    this.password = db.prepare<[string | null, number, string, string]>(
      'UPDATE staff_accounts SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE name = ?',
    );
    this.disable = db.prepare<[number, string, string]>('UPDATE staff_accounts SET disabled = ?, updated_at = ? WHERE name = ?');
    this.rename = db.prepare<[string, string, string]>('UPDATE staff_accounts SET display_name = ?, updated_at = ? WHERE name = ?');
    this.signIn = db.prepare<[string, string]>('UPDATE staff_accounts SET last_signed_in_at = ? WHERE name = ?');
    this.signIns = db.prepare<[], { name: string; at: string }>('SELECT name, last_signed_in_at AS at FROM staff_accounts WHERE last_signed_in_at IS NOT NULL');
  }

  async create(a: StaffAccount): Promise<boolean> {
    const r = this.insert.run(a.name, a.displayName, a.passwordHash, a.mustChangePassword ? 1 : 0, a.disabled ? 1 : 0, a.createdAt, a.updatedAt);
    return r.changes === 1;
  }

  async find(name: string): Promise<StaffAccount | undefined> {
    const row = this.one.get(name);
    return row === undefined ? undefined : staffAccountFromRow(row);
  }

  async list(): Promise<StaffAccount[]> {
    return this.all.all().map(staffAccountFromRow);
  }

  async setPassword(name: string, hash: string, mustChange: boolean, at: string): Promise<boolean> {
    return this.password.run(hash, mustChange ? 1 : 0, at, name).changes === 1;
  }

  async setDisabled(name: string, disabled: boolean, at: string): Promise<boolean> {
    return this.disable.run(disabled ? 1 : 0, at, name).changes === 1;
  }

  async setDisplayName(name: string, displayName: string, at: string): Promise<boolean> {
    return this.rename.run(displayName, at, name).changes === 1;
  }

  async signedIn(name: string, at: string): Promise<void> {
    this.signIn.run(at, name);
  }

  async lastSignIns(): Promise<Map<string, string>> {
    return new Map(this.signIns.all().map((r) => [r.name, r.at]));
  }
}

export class SqliteStaffSessions implements StaffSessions {
  private readonly insert;
  private readonly one;
  private readonly seen;
  private readonly remove;
  private readonly removeFor;
  private readonly expired;
  private readonly expiredFlows;
  private readonly insertFlow;
  private readonly takeFlowRow;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string, string, string, string, string]>(`INSERT INTO staff_sessions (${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`);
    this.one = db.prepare<[string], unknown>(`SELECT ${SESSION_COLUMNS} FROM staff_sessions WHERE id_hash = ?`);
    this.seen = db.prepare<[string, string]>('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?');
    this.remove = db.prepare<[string]>('DELETE FROM staff_sessions WHERE id_hash = ?');
    this.removeFor = db.prepare<[string]>('DELETE FROM staff_sessions WHERE name = ?');
    this.expired = db.prepare<[string]>('DELETE FROM staff_sessions WHERE expires_at < ?');
    this.expiredFlows = db.prepare<[string]>('DELETE FROM staff_sign_in_flows WHERE expires_at < ?');
    this.insertFlow = db.prepare<[string, string, string, string, string]>(
      'INSERT INTO staff_sign_in_flows (id_hash, state, nonce, code_verifier, expires_at) VALUES (?, ?, ?, ?, ?)',
    );
    // Read and deleted in one statement: a provider's answer is accepted once, and a read then a
    // delete in one deferred transaction failed with SQLITE_BUSY if another process (the
    // command-line tool) wrote between them.
    this.takeFlowRow = db.prepare<[string], unknown>(
      'DELETE FROM staff_sign_in_flows WHERE id_hash = ? RETURNING id_hash, state, nonce, code_verifier, expires_at',
    );
  }

  async create(s: StaffSession): Promise<void> {
    this.insert.run(s.idHash, s.name, s.csrfToken, s.createdAt, s.lastSeenAt, s.expiresAt);
  }

  async find(idHash: string): Promise<StaffSession | undefined> {
    const row = this.one.get(idHash);
    return row === undefined ? undefined : staffSessionFromRow(row);
  }

  async touch(idHash: string, at: string): Promise<void> {
    this.seen.run(at, idHash);
  }

  async delete(idHash: string): Promise<void> {
    this.remove.run(idHash);
  }

  async deleteForAccount(name: string): Promise<number> {
    return this.removeFor.run(name).changes;
  }

  async sweep(at: string): Promise<number> {
    return this.expired.run(at).changes + this.expiredFlows.run(at).changes;
  }

  async saveFlow(f: SignInFlow): Promise<void> {
    this.insertFlow.run(f.idHash, f.state, f.nonce, f.codeVerifier, f.expiresAt);
  }

  async takeFlow(idHash: string): Promise<SignInFlow | undefined> {
    const row = this.takeFlowRow.get(idHash);
    return row === undefined ? undefined : signInFlowFromRow(row);
  }
}
