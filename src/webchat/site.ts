import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import cyControl from '../../locales/cy/webchat-control.json';
import cyPage from '../../locales/cy/webchat-page.json';
import enControl from '../../locales/en/webchat-control.json';
import enPage from '../../locales/en/webchat-page.json';
import { ConfigError, type Env } from '../config/env';
import { projectRoot } from '../config/project-root';
import { directLineDomain } from '../directline/domain';
import { contentSecurityPolicy, logoSource } from './csp';
import { renderPage } from './html';
import type { WebChatSettings } from './settings';

/** The chat page at / and its assets under /webchat/, without HTTP: src/server.ts carries bytes. */
export interface SiteRequest {
  method: string;
  /** The path, without the query. */
  path: string;
  acceptEncoding?: string;
  ifNoneMatch?: string;
}

export interface SiteResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** Where the page's Direct Line client connects: this server's own endpoints, or Azure's. */
export interface DirectLineTarget {
  /** Absolute (Azure), or a path on this origin (self-hosted). */
  domain: string;
  webSocket: boolean;
  /** Origins the page must be allowed to connect to besides its own (CSP connect-src). */
  connectOrigins: string[];
}

export const SELF_HOSTED: DirectLineTarget = { domain: '/v3/directline', webSocket: false, connectOrigins: [] };

/**
 * Self-hosted: this origin's /v3/directline, as a path the page resolves against its own address
 * (so it holds behind any proxy), polling. Azure (DIRECT_LINE_SECRET set): its endpoint over a
 * WebSocket, with its https and wss origins let through connect-src.
 */
export function directLineTarget(env: Pick<Env, 'DIRECT_LINE_SECRET' | 'DIRECT_LINE_ENDPOINT'>): DirectLineTarget {
  const d = directLineDomain(env, '');
  if (d.mode === 'self-hosted') return SELF_HOSTED;
  const origin = new URL(d.domain).origin;
  return { domain: d.domain, webSocket: d.webSocket, connectOrigins: [origin, origin.replace(/^http/, 'ws')] };
}

/** The minimal bundle does all the bot needs (text and suggested actions; no cards, markdown or speech) at half the size. */
const BUNDLE = 'webchat-minimal.js';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
  cache: string;
  gzipped?: Buffer;
  /** Extra headers, e.g. a CSP of its own for an SVG logo opened on its own. */
  headers?: Record<string, string>;
}

/** The page's own script and stylesheet, in web/ at the project root, wherever the bot was started from. */
export const DEFAULT_ASSETS_DIR = join(projectRoot(), 'web');

function asset(body: Buffer, type: string, cache = 'no-cache'): Asset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`, cache };
}

const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};
const MAX_LOGO_BYTES = 512 * 1024;

function readLogo(path: string): Asset {
  const type = LOGO_TYPES[extname(path).toLowerCase()];
  if (!type) throw new ConfigError(`WEBCHAT_LOGO: ${path} must be a .png, .jpg, .gif, .webp or .svg file`);
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch (e) {
    throw new ConfigError(`WEBCHAT_LOGO: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (body.length > MAX_LOGO_BYTES) throw new ConfigError(`WEBCHAT_LOGO: ${path} is ${body.length} bytes; at most ${MAX_LOGO_BYTES} (a logo on a phone needs far less)`);
  // An SVG opened on its own is a document: no script, no requests.
  return { ...asset(body, type), headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } };
}

export const PAGE_STRINGS = { cy: { page: cyPage, control: cyControl }, en: { page: enPage, control: enControl } } as const;

export interface SiteOptions {
  /** Where the page connects; self-hosted Direct Line under /v3/directline when not given. */
  directLine?: DirectLineTarget;
  /** A fresh nonce for each page, for the styles Web Chat writes; tests may fix it. */
  nonce?: () => string;
  /** Where page.js and page.css are; the project's web/ when not given. */
  assetsDir?: string;
}

export class WebChatSite {
  private readonly assets = new Map<string, Asset>();
  private readonly logoUrl: string | undefined;
  private readonly directLine: DirectLineTarget;
  private readonly nonce: () => string;

  constructor(
    private readonly settings: WebChatSettings,
    options: SiteOptions = {},
  ) {
    const root = resolve(options.assetsDir ?? DEFAULT_ASSETS_DIR);
    this.directLine = options.directLine ?? SELF_HOSTED;
    this.nonce = options.nonce ?? (() => randomBytes(16).toString('base64'));
    // The package's "exports" hide its dist/, so the bundle is found beside its main file.
    const webchat = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', BUNDLE);
    this.assets.set(`/webchat/${BUNDLE}`, asset(readFileSync(webchat), 'text/javascript; charset=utf-8', 'public, max-age=3600'));
    this.assets.set('/webchat/page.js', asset(readFileSync(join(root, 'page.js')), 'text/javascript; charset=utf-8'));
    this.assets.set('/webchat/page.css', asset(readFileSync(join(root, 'page.css')), 'text/css; charset=utf-8'));
    this.assets.set('/webchat/theme.css', asset(Buffer.from(themeCss(settings)), 'text/css; charset=utf-8'));
    const logo = logoSource(settings.WEBCHAT_LOGO);
    if (logo?.kind === 'file') {
      this.assets.set('/webchat/logo', readLogo(logo.path));
      this.logoUrl = '/webchat/logo';
    } else if (logo?.kind === 'url') this.logoUrl = logo.url;
  }

  /** Undefined when the path is not the site's (the server answers 404 as for any other). */
  handle(req: SiteRequest): SiteResponse | undefined {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    if (req.path === '/' || req.path === '/index.html') return this.page();
    const a = this.assets.get(req.path);
    return a ? this.serve(a, req) : undefined;
  }

  private page(): SiteResponse {
    const nonce = this.nonce();
    const body = renderPage({
      settings: this.settings,
      strings: PAGE_STRINGS,
      nonce,
      logoUrl: this.logoUrl,
      bundle: `/webchat/${BUNDLE}`,
      directLine: { tokenUrl: '/directline/token', domain: this.directLine.domain, webSocket: this.directLine.webSocket },
    });
    return {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': contentSecurityPolicy({
          nonce,
          frameAncestors: this.settings.WEBCHAT_ALLOWED_ORIGINS,
          logo: logoSource(this.settings.WEBCHAT_LOGO),
          connectOrigins: this.directLine.connectOrigins,
        }),
        ...COMMON_HEADERS,
      },
      body,
    };
  }

  private serve(a: Asset, req: SiteRequest): SiteResponse {
    const headers: Record<string, string> = { 'content-type': a.type, 'cache-control': a.cache, etag: a.etag, vary: 'accept-encoding', ...COMMON_HEADERS, ...a.headers };
    if (req.ifNoneMatch?.split(',').some((t) => t.trim().replace(/^W\//, '') === a.etag)) return { status: 304, headers, body: '' };
    if (a.type.startsWith('text/') && /\bgzip\b/.test(req.acceptEncoding ?? '')) {
      // Once, on first asking: the bundle goes from about 1.9 MB to a quarter of that, for phones.
      a.gzipped ??= gzipSync(a.body, { level: 9 });
      return { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: a.gzipped };
    }
    return { status: 200, headers, body: a.body };
  }
}

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
} as const;

/** The colours as CSS custom properties: the page's stylesheet uses them, no inline style needed. */
export function themeCss(s: WebChatSettings): string {
  return `:root {
  --accent: ${s.WEBCHAT_ACCENT_COLOUR};
  --accent-text: ${s.WEBCHAT_ACCENT_TEXT_COLOUR};
  --background: ${s.WEBCHAT_BACKGROUND_COLOUR};
  --text: ${s.WEBCHAT_TEXT_COLOUR};
}
`;
}
