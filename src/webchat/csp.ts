/**
 * The chat page's Content-Security-Policy, from settings: pure, so every case is table-tested.
 * Scripts only from this origin (Web Chat's bundle and the page's own file, no inline script);
 * styles from this origin plus the ones Web Chat writes at run time, allowed by a nonce made
 * fresh for each page (Web Chat's `nonce` prop: emotion tags its <style> elements with it), so
 * no 'unsafe-inline'.
 */

/**
 * The hash of an empty <style> element. Web Chat 4.18 does not pass its nonce on to
 * react-scroll-to-bottom, which creates an empty <style> of its own and fills it through the CSS
 * object model (not governed by CSP); without this its element is refused, its rules are lost and
 * the transcript cannot scroll. An empty element can carry nothing, so this lets no style in.
 */
export const EMPTY_STYLE = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export type LogoSource = { kind: 'file'; path: string } | { kind: 'url'; url: string; origin: string };

/** WEBCHAT_LOGO as a file we serve or an https URL on the landlord's own site. */
export function logoSource(setting: string | undefined): LogoSource | undefined {
  if (!setting) return undefined;
  if (/^https:\/\//i.test(setting)) return { kind: 'url', url: setting, origin: new URL(setting).origin };
  return { kind: 'file', path: setting };
}

export interface CspInput {
  nonce: string;
  /** Origins allowed to frame the page, besides this one. */
  frameAncestors: readonly string[];
  logo?: LogoSource;
  /** Besides this origin: Azure's Direct Line, when the page talks to it. */
  connectOrigins: readonly string[];
}

export function contentSecurityPolicy(c: CspInput): string {
  const list = (...sources: Array<string | undefined>) => sources.filter(Boolean).join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${list("'self'", `'nonce-${c.nonce}'`, `'${EMPTY_STYLE}'`)}`,
    // data: and blob: for the icons Web Chat draws as inline SVG (some it turns into blob URLs).
    `img-src ${list("'self'", 'data:', 'blob:', c.logo?.kind === 'url' ? c.logo.origin : undefined)}`,
    `connect-src ${list("'self'", ...c.connectOrigins)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${list("'self'", ...c.frameAncestors)}`,
  ].join('; ');
}
