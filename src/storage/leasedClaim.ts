import type { Db } from './db';

export interface ClaimTable {
  table: string;
  /** The column holding when a row is next due (epoch ms). */
  due: string;
  /** Columns the claim answers with. */
  returning: string;
  /** A further condition on the rows that may be claimed, e.g. "status = 'pending'". */
  where?: string;
}

/**
 * Claims due rows for a while ($1 = lease end, $2 = now, $3 = how many) and counts the attempt. SQLite runs one writer
 * at a time, so the lease alone keeps rows apart; on PostgreSQL concurrent claims skip each other's rows with
 * FOR UPDATE SKIP LOCKED, so every row goes to one instance.
 */
export function leasedClaimSql(engine: Db['engine'], { table, due, returning, where }: ClaimTable): string {
  const lock = engine === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
  return `UPDATE ${table} SET lease_until = $1, attempts = attempts + 1
    WHERE id IN (SELECT id FROM ${table} WHERE ${where ? `${where} AND ` : ''}${due} <= $2
                 AND (lease_until IS NULL OR lease_until <= $2) ORDER BY ${due} LIMIT $3${lock})
    RETURNING ${returning}`;
}
