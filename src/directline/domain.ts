import type { Env } from '../config/env';

export type DirectLineMode = 'self-hosted' | 'azure';

/** Which Direct Line the website chat uses: Azure's when DIRECT_LINE_SECRET is set, this server's otherwise. */
export function directLineMode(env: Pick<Env, 'DIRECT_LINE_SECRET'>): DirectLineMode {
  return env.DIRECT_LINE_SECRET ? 'azure' : 'self-hosted';
}

/**
 * The `domain` for WebChat.createDirectLine({ token, domain }): this server's /v3/directline
 * (under `origin`, the page's own origin, so no CORS is needed) or DIRECT_LINE_ENDPOINT.
 * Self-hosted offers polling only: the page must pass `webSocket: false`.
 */
export function directLineDomain(env: Pick<Env, 'DIRECT_LINE_SECRET' | 'DIRECT_LINE_ENDPOINT'>, origin: string): { mode: DirectLineMode; domain: string; webSocket: boolean } {
  if (directLineMode(env) === 'azure') return { mode: 'azure', domain: env.DIRECT_LINE_ENDPOINT, webSocket: true };
  return { mode: 'self-hosted', domain: `${origin.replace(/\/+$/, '')}/v3/directline`, webSocket: false };
}

/**
 * PUBLIC_URL, or where this server is listening: http://localhost:PORT when it listens on every
 * address, else the address itself (a test's 127.0.0.1).
 */
export function publicUrl(env: Pick<Env, 'PUBLIC_URL' | 'PORT'>, address: { address: string; port: number } | string | null): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  if (!address || typeof address === 'string') return `http://localhost:${env.PORT}`;
  const host = ['::', '0.0.0.0', '::ffff:0.0.0.0'].includes(address.address) ? 'localhost' : address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
