/**
 * The console's cookies. `__Host-` makes the browser refuse them unless Secure, with Path=/ and no
 * Domain: no other host or path can set or read them (RFC 6265bis). Browsers count http://localhost
 * as secure, so local use works; anywhere else the console needs HTTPS, as it should.
 */
export const SESSION_COOKIE = '__Host-staff-session';
/** Ties an OpenID Connect answer to the browser that asked for it; Lax, as the answer arrives by a cross-site redirect. */
export const FLOW_COOKIE = '__Host-staff-sign-in';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function setCookie(name: string, value: string, maxAgeSeconds: number, sameSite: 'Strict' | 'Lax'): string {
  return `${name}=${value}; Path=/; Secure; HttpOnly; SameSite=${sameSite}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
}

export function clearCookie(name: string, sameSite: 'Strict' | 'Lax' = 'Strict'): string {
  return setCookie(name, '', 0, sameSite);
}
