import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env';
import { contrastRatio, meetsTextContrast, parseHexColour } from '../../src/webchat/contrast';
import { contentSecurityPolicy, logoSource } from '../../src/webchat/csp';
import { parseOrigins, webChatSettingsProblem, WebChatSettingsSchema } from '../../src/webchat/settings';

describe('contrast (WCAG 2.2)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#fff', '#FFF', 1],
    ['#767676', '#ffffff', 4.54], // the lightest grey that passes on white
    ['#777777', '#ffffff', 4.48],
    ['#1d4f91', '#ffffff', 8.14],
    ['#ff0000', '#ffffff', 4],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrastRatio(parseHexColour(a)!, parseHexColour(b)!)).toBeCloseTo(ratio, 2);
  });

  it.each([
    ['#767676', '#ffffff', true],
    ['#777777', '#ffffff', false],
    ['#ffffff', '#767676', true], // order does not matter
    ['#1b1b1b', '#1d4f91', false],
  ])('%s with %s meets 4.5:1: %s', (a, b, ok) => {
    expect(meetsTextContrast(parseHexColour(a)!, parseHexColour(b)!).ok).toBe(ok);
  });

  it.each(['red', '#12', '#12345', '#gggggg', 'rgb(0,0,0)', ''])('refuses %j as a colour', (text) => {
    expect(parseHexColour(text)).toBeUndefined();
  });
});

describe('WEBCHAT_* settings', () => {
  const base = WebChatSettingsSchema.parse({});

  it('defaults pass their own check', () => {
    expect(webChatSettingsProblem(base)).toBeUndefined();
  });

  it.each([
    [{ WEBCHAT_TEXT_COLOUR: '#999999' }, /^WEBCHAT_TEXT_COLOUR: #999999 on WEBCHAT_BACKGROUND_COLOUR #ffffff has a contrast of 2\.84:1, under the 4\.5:1/],
    [{ WEBCHAT_BACKGROUND_COLOUR: '#222222' }, /^WEBCHAT_TEXT_COLOUR: #1b1b1b on WEBCHAT_BACKGROUND_COLOUR #222222/],
    [{ WEBCHAT_ACCENT_TEXT_COLOUR: '#ffff00', WEBCHAT_ACCENT_COLOUR: '#ffffff' }, /^WEBCHAT_ACCENT_TEXT_COLOUR: #ffff00 on WEBCHAT_ACCENT_COLOUR #ffffff/],
    [{ WEBCHAT_ACCENT_COLOUR: '#ff9900', WEBCHAT_ACCENT_TEXT_COLOUR: '#000000' }, /^WEBCHAT_ACCENT_COLOUR: #ff9900 on WEBCHAT_BACKGROUND_COLOUR #ffffff/],
    [{ WEBCHAT_WELCOME_CY: 'Croeso' }, /^WEBCHAT_WELCOME_EN: required/],
    [{ WEBCHAT_WELCOME_EN: 'Welcome' }, /^WEBCHAT_WELCOME_CY: required/],
  ])('refuses %j', (env, message) => {
    expect(() => readEnv(env as Record<string, string>)).toThrow(message);
  });

  it.each([
    ['WEBCHAT_ACCENT_COLOUR', 'blue'],
    ['WEBCHAT_ALLOWED_ORIGINS', "https://ok.example, https://x.example; script-src *"],
    ['WEBCHAT_ALLOWED_ORIGINS', '*'],
    ['WEBCHAT_ALLOWED_ORIGINS', 'https://landlord.example/chat'],
    ['WEBCHAT_LOGO', 'http://landlord.example/logo.png'],
    ['WEBCHAT_LOGO', 'javascript:alert(1)'],
    ['WEBCHAT_LANDLORD_NAME', 'x'.repeat(121)],
  ])('%s=%j is refused, naming the setting', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
  });

  it('reads allowed origins, trailing slashes and blanks aside', () => {
    expect(parseOrigins('https://www.landlord.example/, ,http://localhost:8080,https://*.landlord.example')).toEqual({
      origins: ['https://www.landlord.example', 'http://localhost:8080', 'https://*.landlord.example'],
    });
    expect(readEnv({}).WEBCHAT_ALLOWED_ORIGINS).toEqual([]);
  });
});

describe('the page CSP', () => {
  const csp = (over: Partial<Parameters<typeof contentSecurityPolicy>[0]> = {}) =>
    Object.fromEntries(
      contentSecurityPolicy({ nonce: 'N0nce', frameAncestors: [], connectOrigins: [], ...over })
        .split('; ')
        .map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );

  it('allows scripts from this origin only, no inline script, no eval', () => {
    const p = csp();
    expect(p['default-src']).toBe("'none'");
    expect(p['script-src']).toBe("'self'");
    expect(p['style-src']).toBe("'self' 'nonce-N0nce' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(p['connect-src']).toBe("'self'");
    expect(p['frame-ancestors']).toBe("'self'");
    expect(p['base-uri']).toBe("'none'");
    expect(p['object-src']).toBe("'none'");
  });

  it.each([
    [{ frameAncestors: ['https://www.landlord.example'] }, 'frame-ancestors', "'self' https://www.landlord.example"],
    [{ logo: logoSource('https://www.landlord.example/img/logo.svg') }, 'img-src', "'self' data: blob: https://www.landlord.example"],
    [{ logo: logoSource('./branding/logo.png') }, 'img-src', "'self' data: blob:"],
    [{ connectOrigins: ['https://europe.directline.botframework.com', 'wss://europe.directline.botframework.com'] }, 'connect-src', "'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com"],
  ])('%j sets %s to %s', (over, directive, value) => {
    expect(csp(over)[directive]).toBe(value);
  });
});
