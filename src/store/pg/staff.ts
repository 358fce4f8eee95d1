import type { Pool } from 'pg';
import type { SignInFlow, StaffAccount, StaffAccounts, StaffSession, StaffSessions } from '../ports';
import { signInFlowFromRow, staffAccountFromRow, staffSessionFromRow } from '../rows';
import { isoInstant, pgText } from './text';

const ACCOUNT_COLUMNS = 'name, display_name, password_hash, must_change_password, disabled, created_at, updated_at';
const SESSION_COLUMNS = 'id_hash, name, csrf_token, created_at, last_seen_at, expires_at';

/** Staff accounts on PostgreSQL: every instance signs in against the same table. */
export class PgStaffAccounts implements StaffAccounts {
  constructor(private readonly pool: Pool) {}

  async create(a: StaffAccount): Promise<boolean> {
    const r = await this.pool.query(
      `INSERT INTO staff_accounts (${ACCOUNT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING`,
      [pgText(a.name), pgText(a.displayName), a.passwordHash, a.mustChangePassword, a.disabled, a.createdAt, a.updatedAt],
    );
    return r.rowCount === 1;
  }

  async find(name: string): Promise<StaffAccount | undefined> {
    const { rows } = await this.pool.query(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts WHERE name = $1`, [pgText(name)]);
    return rows.length ? staffAccountFromRow(rows[0]) : undefined;
  }

  async list(): Promise<StaffAccount[]> {
    const { rows } = await this.pool.query(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts ORDER BY name`);
    return rows.map(staffAccountFromRow);
  }

  async setPassword(name: string, hash: string, mustChange: boolean, at: string): Promise<boolean> {
    const r = await this.pool.query('UPDATE staff_accounts SET password_hash = $1, must_change_password = $2, updated_at = $3 WHERE name = $4', [
      hash,
      mustChange,
      at,
      pgText(name),
    ]);
    return r.rowCount === 1;
  }

  async setDisabled(name: string, disabled: boolean, at: string): Promise<boolean> {
    const r = await this.pool.query('UPDATE staff_accounts SET disabled = $1, updated_at = $2 WHERE name = $3', [disabled, at, pgText(name)]);
    return r.rowCount === 1;
  }

  async setDisplayName(name: string, displayName: string, at: string): Promise<boolean> {
    const r = await this.pool.query('UPDATE staff_accounts SET display_name = $1, updated_at = $2 WHERE name = $3', [pgText(displayName), at, pgText(name)]);
    return r.rowCount === 1;
  }

  async signedIn(name: string, at: string): Promise<void> {
    await this.pool.query('UPDATE staff_accounts SET last_signed_in_at = $1 WHERE name = $2', [at, pgText(name)]);
  }

  async lastSignIns(): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ name: string; at: Date }>('SELECT name, last_signed_in_at AS at FROM staff_accounts WHERE last_signed_in_at IS NOT NULL');
    return new Map(rows.map((r) => [r.name, isoInstant(r.at)]));
  }
}

export class PgStaffSessions implements StaffSessions {
  constructor(private readonly pool: Pool) {}

  async create(s: StaffSession): Promise<void> {
    await this.pool.query(`INSERT INTO staff_sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
      s.idHash,
      pgText(s.name),
      s.csrfToken,
      s.createdAt,
      s.lastSeenAt,
      s.expiresAt,
    ]);
  }

  async find(idHash: string): Promise<StaffSession | undefined> {
    const { rows } = await this.pool.query(`SELECT ${SESSION_COLUMNS} FROM staff_sessions WHERE id_hash = $1`, [pgText(idHash)]);
    return rows.length ? staffSessionFromRow(rows[0]) : undefined;
  }

  async touch(idHash: string, at: string): Promise<void> {
    await this.pool.query('UPDATE staff_sessions SET last_seen_at = greatest(last_seen_at, $1) WHERE id_hash = $2', [at, pgText(idHash)]);
  }

  async delete(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM staff_sessions WHERE id_hash = $1', [pgText(idHash)]);
  }

  async deleteForAccount(name: string): Promise<number> {
    const r = await this.pool.query('DELETE FROM staff_sessions WHERE name = $1', [pgText(name)]);
    return r.rowCount ?? 0;
  }

  async sweep(at: string): Promise<number> {
    const a = await this.pool.query('DELETE FROM staff_sessions WHERE expires_at < $1', [at]);
    const b = await this.pool.query('DELETE FROM staff_sign_in_flows WHERE expires_at < $1', [at]);
    return (a.rowCount ?? 0) + (b.rowCount ?? 0);
  }

  async saveFlow(f: SignInFlow): Promise<void> {
    await this.pool.query('INSERT INTO staff_sign_in_flows (id_hash, state, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      f.idHash,
      pgText(f.state),
      pgText(f.nonce),
      f.codeVerifier,
      f.expiresAt,
    ]);
  }

  async takeFlow(idHash: string): Promise<SignInFlow | undefined> {
    // One statement: two instances handed the same answer cannot both take it.
    const { rows } = await this.pool.query('DELETE FROM staff_sign_in_flows WHERE id_hash = $1 RETURNING id_hash, state, nonce, code_verifier, expires_at', [
      pgText(idHash),
    ]);
    return rows.length ? signInFlowFromRow(rows[0]) : undefined;
  }
}
