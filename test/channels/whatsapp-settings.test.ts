import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/channels/whatsapp';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';

const all = { WHATSAPP_ACCESS_TOKEN: 'token-secret-1', WHATSAPP_PHONE_NUMBER_ID: '1234', WHATSAPP_APP_SECRET: 'app-secret-2', WHATSAPP_VERIFY_TOKEN: 'verify-secret-3' };
const deps = { adapter: {} as never, run: async () => {}, locks: {} as never, rateLimit: {} as never, replies: {} as never, appId: '', log: createLogger('silent') };

describe('WhatsApp settings', () => {
  it('is off with none set, on with all four, and refuses some without the others, naming them', () => {
    expect(createWhatsApp(readEnv({}), deps)).toBeUndefined();
    expect(createWhatsApp(readEnv(all), deps)).toBeDefined();
    const { WHATSAPP_APP_SECRET: _s, WHATSAPP_VERIFY_TOKEN: _v, ...two } = all;
    expect(() => createWhatsApp(readEnv(two), deps)).toThrow(/WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN must be set too/);
  });

  it('never prints a secret in a configuration error', () => {
    let message = '';
    try {
      readEnv({ ...all, WHATSAPP_VERIFY_TOKEN: 'short', WHATSAPP_GRAPH_URL: 'ftp://x', WHATSAPP_PHONE_NUMBER_ID: '+44 1632' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/WHATSAPP_VERIFY_TOKEN: must be at least 8 characters$/m);
    expect(message).toMatch(/WHATSAPP_GRAPH_URL: must be an http\(s\) URL/);
    expect(message).toMatch(/WHATSAPP_PHONE_NUMBER_ID: must be the phone number id/);
    expect(message).not.toMatch(/short|token-secret-1|app-secret-2/);
  });
});
