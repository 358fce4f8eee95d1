import type { CaseListing } from '../cases/listing';
import { UNAVAILABLE_BASIS } from '../cases/listing';
import type { ListingQuery, StaleListing } from './ports';

/**
 * The SQL of the staff listings, shared by both adapters: '?' placeholders (PostgreSQL's adapter
 * numbers them) and nothing either dialect lacks. Every query is a keyset page on an index:
 * (id), (state, id) or (next_date, id), so a page costs the same at any depth.
 */

export const LISTING_COLUMNS = 'next_kind, next_date, next_extended, next_clause, listing_basis';

export interface Sql {
  sql: string;
  params: unknown[];
}

/**
 * `indexed: false` writes the state as an expression, which no index serves: where another index
 * (next date, basis) orders the page, a planner without statistics (SQLite's) would otherwise
 * pick the state index, read every open case and sort them (measured: 140 ms a page at 100,000).
 */
function statesWhere(states: readonly string[] | undefined, where: string[], params: unknown[], indexed = true) {
  if (!states) return;
  where.push(`${indexed ? 'state' : "state || ''"} IN (${states.map(() => '?').join(', ')})`);
  params.push(...states);
}

/**
 * The queries one page is read with, in the order their rows come; each takes the rows still
 * wanted. Filing order is one query. Next-date order is two: complaints whose dates are
 * unavailable (by id; a handful at most), then those with a next date, soonest first. An empty
 * `states` list selects nothing, and gives no query.
 */
export function pageQueries(q: ListingQuery, columns: string): Array<(limit: number) => Sql> {
  if (q.states && q.states.length === 0) return [];
  if (q.order === 'filed') {
    return [
      (limit) => {
        const where: string[] = ['id > ?'];
        const params: unknown[] = [q.after?.id ?? 0];
        statesWhere(q.states, where, params);
        return { sql: `SELECT ${columns} FROM cases WHERE ${where.join(' AND ')} ORDER BY id LIMIT ?`, params: [...params, limit] };
      },
    ];
  }
  const queries: Array<(limit: number) => Sql> = [];
  const after = q.after;
  if (!after || after.next === null) {
    queries.push((limit) => {
      const where: string[] = ['listing_basis = ?', 'id > ?'];
      const params: unknown[] = [UNAVAILABLE_BASIS, after?.id ?? 0];
      statesWhere(q.states, where, params, false);
      return { sql: `SELECT ${columns} FROM cases WHERE ${where.join(' AND ')} ORDER BY id LIMIT ?`, params: [...params, limit] };
    });
  }
  queries.push((limit) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.nextOn !== undefined) {
      where.push('next_date = ?');
      params.push(q.nextOn);
    } else if (q.nextBefore !== undefined) {
      where.push('next_date < ?');
      params.push(q.nextBefore);
    } else {
      where.push('next_date IS NOT NULL');
    }
    if (after && after.next !== null) {
      // Row-value comparison: the index on (next_date, id) seeks straight to the page.
      where.push('(next_date, id) > (?, ?)');
      params.push(after.next, after.id);
    }
    statesWhere(q.states, where, params, false);
    return { sql: `SELECT ${columns} FROM cases WHERE ${where.join(' AND ')} ORDER BY next_date, id LIMIT ?`, params: [...params, limit] };
  });
  return queries;
}

/** Complaints whose basis is not their policy's current one (or unavailable, for a policy not loaded). */
export function staleSql(bases: Readonly<Record<string, string>>, afterId: number, limit: number, columns: string): Sql {
  const entries = Object.entries(bases);
  const params: unknown[] = [afterId];
  let current = '?';
  if (entries.length) {
    current = `CASE policy_id ${entries.map(() => 'WHEN ? THEN ?').join(' ')} ELSE ? END`;
    for (const [id, basis] of entries) params.push(id, basis);
  }
  params.push(UNAVAILABLE_BASIS, limit);
  return {
    sql: `SELECT ${columns} FROM cases WHERE kind = 'complaint' AND id > ? AND listing_basis <> ${current} ORDER BY id LIMIT ?`,
    params,
  };
}

/** Writes a recomputed listing only if neither the basis nor the events changed since they were read. */
export function refreshSql(stale: StaleListing, update: { stage: number; state: string; listing: CaseListing }, bool: (b: boolean) => unknown): Sql {
  const n = update.listing.next;
  return {
    sql: `UPDATE cases SET stage = ?, state = ?, next_kind = ?, next_date = ?, next_extended = ?, next_clause = ?, listing_basis = ?
      WHERE id = ? AND listing_basis = ? AND COALESCE((SELECT max(e.id) FROM case_events e WHERE e.case_id = cases.id), 0) = ?`,
    params: [
      update.stage,
      update.state,
      n?.kind ?? null,
      n?.date ?? null,
      n ? bool(n.extended) : null,
      n?.clause ?? null,
      update.listing.basis,
      stale.record.id,
      stale.basis,
      stale.lastEventId,
    ],
  };
}

/** The listing columns' values for an INSERT or UPDATE, in LISTING_COLUMNS order. */
export function listingValues(listing: CaseListing | undefined, bool: (b: boolean) => unknown): unknown[] {
  const n = listing?.next ?? null;
  return [n?.kind ?? null, n?.date ?? null, n ? bool(n.extended) : null, n?.clause ?? null, listing?.basis ?? ''];
}
