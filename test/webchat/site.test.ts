import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env';
import { directLineTarget, PAGE_STRINGS, SELF_HOSTED, WebChatSite } from '../../src/webchat/site';

const site = (env: Record<string, string> = {}) => new WebChatSite(readEnv(env), { nonce: () => 'TESTNONCE' });
const get = (s: WebChatSite, path: string, extra: { acceptEncoding?: string; ifNoneMatch?: string } = {}) => s.handle({ method: 'GET', path, ...extra });

describe('the chat page', () => {
  it('is Welsh first, with its CSP nonce, no inline script and the Web Chat bundle from this server', () => {
    const r = get(site(), '/')!;
    const html = String(r.body);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toContain("style-src 'self' 'nonce-TESTNONCE'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(html).toMatch(/^<!doctype html>\n<html lang="cy"/);
    expect(html).toContain('<a class="skip-link" href="#chat" data-text="skip_link">Neidio i&#39;r sgwrs</a>');
    // Every script is a file from this origin or a JSON data block: nothing CSP would have to allow inline.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([' type="application/json" id="webchat-config"', ' src="/webchat/webchat-minimal.js" defer', ' src="/webchat/page.js" defer']);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('escapes branding: a landlord name cannot open a tag or end the JSON block', () => {
    const html = String(get(site({ WEBCHAT_LANDLORD_NAME: 'Tai </script><script>alert(1)</script> & "Co"' }), '/')!.body);
    expect(html).toContain('<title>Tai &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;: gwneud cwyn</title>');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    const json = /<script type="application\/json" id="webchat-config">(.*?)<\/script>/s.exec(html)![1];
    expect(JSON.parse(json).landlord).toBe('Tai </script><script>alert(1)</script> & "Co"');
  });

  it('takes the welcome line and colours from settings', () => {
    const s = site({ WEBCHAT_WELCOME_CY: 'Croeso i Dai Afon', WEBCHAT_WELCOME_EN: 'Welcome to Afon Homes', WEBCHAT_ACCENT_COLOUR: '#005A30' });
    const html = String(get(s, '/')!.body);
    expect(html).toContain('<p class="welcome" id="welcome">Croeso i Dai Afon</p>');
    expect(html).toContain('"welcome":{"cy":"Croeso i Dai Afon","en":"Welcome to Afon Homes"}');
    expect(String(get(s, '/webchat/theme.css')!.body)).toContain('--accent: #005a30;');
  });

  it('serves the bundle compressed to browsers that take gzip, and 304 when unchanged', () => {
    const s = site();
    const plain = get(s, '/webchat/webchat-minimal.js')!;
    const zipped = get(s, '/webchat/webchat-minimal.js', { acceptEncoding: 'gzip, deflate, br' })!;
    expect(plain.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body as Buffer).equals(plain.body as Buffer)).toBe(true);
    expect((zipped.body as Buffer).length).toBeLessThan((plain.body as Buffer).length / 3);
    expect(get(s, '/webchat/webchat-minimal.js', { ifNoneMatch: plain.headers.etag })!.status).toBe(304);
  });

  it.each(['/webchat/', '/webchat/../package.json', '/webchat/logo', '/webchat/webchat.js', '/favicon.ico'])('%s is not the site\'s', (path) => {
    expect(get(site(), path)).toBeUndefined();
  });

  it('refuses POST', () => {
    expect(site().handle({ method: 'POST', path: '/' })).toBeUndefined();
  });

  it('serves a logo file with a policy of its own, and refuses one it cannot read', () => {
    const s = site({ WEBCHAT_LOGO: join(__dirname, 'fixtures/logo.svg') });
    const r = get(s, '/webchat/logo')!;
    expect(r.headers['content-type']).toBe('image/svg+xml');
    expect(r.headers['content-security-policy']).toContain('sandbox');
    expect(String(get(s, '/')!.body)).toContain('<img class="logo" src="/webchat/logo" alt="">');
    expect(() => site({ WEBCHAT_LOGO: '/nonexistent/logo.png' })).toThrow(/^WEBCHAT_LOGO: cannot read \/nonexistent\/logo.png: ENOENT/);
    expect(() => site({ WEBCHAT_LOGO: join(__dirname, 'site.test.ts') })).toThrow(/^WEBCHAT_LOGO: .* must be a \.png/);
  });
});

describe('where the page connects', () => {
  it('is this origin, polling, by default; Azure over a WebSocket, allowed by the CSP, with DIRECT_LINE_SECRET', () => {
    expect(directLineTarget(readEnv({}))).toEqual(SELF_HOSTED);
    const env = readEnv({ DIRECT_LINE_SECRET: 'azure-secret', DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline' });
    const target = directLineTarget(env);
    expect(target).toEqual({ domain: 'https://europe.directline.botframework.com/v3/directline', webSocket: true, connectOrigins: ['https://europe.directline.botframework.com', 'wss://europe.directline.botframework.com'] });
    const page = new WebChatSite(env, { directLine: target }).handle({ method: 'GET', path: '/' })!;
    expect(page.headers['content-security-policy']).toContain("connect-src 'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com;");
    expect(String(page.body)).toContain('"directLine":{"tokenUrl":"/directline/token","domain":"https://europe.directline.botframework.com/v3/directline","webSocket":true}');
  });
});

describe('Web Chat in Welsh', () => {
  // The installed Web Chat's own list of interface strings: a new one in an upgrade fails here.
  const english = JSON.parse(readFileSync(join(__dirname, '../../node_modules/botframework-webchat-api/src/localization/en-US.json'), 'utf8'));
  const ids = Object.keys(english).filter((k) => !k.startsWith('_'));

  it('has every interface string of the installed Web Chat, in both languages', () => {
    expect(ids.length).toBeGreaterThan(100);
    for (const lang of ['cy', 'en'] as const) expect(Object.keys(PAGE_STRINGS[lang].control).sort(), lang).toEqual([...ids].sort());
  });

  it('translates them: no Welsh string is left as Web Chat\'s English, keys and placeholders aside', () => {
    const cy = PAGE_STRINGS.cy.control as Record<string, string>;
    const same = ids.filter((id) => cy[id] === english[id] && /[a-z]{3}/.test(cy[id].replace(/\$\d|Alt|Shift|Control|Option/g, '')));
    expect(same).toEqual([]);
    // Same placeholders ($1, $2…) and the [RETRY] link target, or Web Chat shows them raw.
    for (const id of ids) expect(cy[id].match(/\$\d|\[RETRY\]/g)?.sort(), id).toEqual(english[id].match(/\$\d|\[RETRY\]/g)?.sort());
  });
});
