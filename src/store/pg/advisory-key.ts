import { createHash } from 'node:crypto';

/**
 * The 64-bit advisory-lock key for a name in a namespace ("turn", "migrations"), as a decimal
 * string for a `$1::bigint` parameter. Hashed here, not by the server, so a conversation id of any
 * length or content never reaches SQL. Two names sharing a key (about one chance in 2^64 for any
 * pair) would only wait for each other.
 */
export function advisoryKey(namespace: string, name: string): string {
  const digest = createHash('sha256').update(`complaints-intake-bot\0${namespace}\0${name}`).digest();
  return digest.readBigInt64BE(0).toString();
}
