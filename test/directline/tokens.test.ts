import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { DirectLineTokens, newConversationId, newUserId, TOKEN_LIFETIME_SECONDS } from '../../src/directline/tokens';

const NOW = new Date('2026-11-23T10:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const grant = { conversationId: 'conv-1', userId: 'dl_user-1' };
const tokens = new DirectLineTokens('a-test-secret-of-at-least-32-characters');

describe('Direct Line tokens', () => {
  it('grant their conversation and user for 30 minutes by the server clock, and no longer', async () => {
    const { token, expires_in } = await tokens.mint(grant, NOW);
    expect(expires_in).toBe(TOKEN_LIFETIME_SECONDS);
    expect(await tokens.verify(`Bearer ${token}`, NOW)).toEqual({ ok: true, grant, expiresAt: at(1800) });
    expect((await tokens.verify(`Bearer ${token}`, at(1799))).ok).toBe(true);
    expect(await tokens.verify(`Bearer ${token}`, at(1800))).toEqual({ ok: false, reason: 'expired' });
  });

  it('carry the user id where Web Chat reads it (the `user` claim)', async () => {
    const { token } = await tokens.mint(grant, NOW);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ user: 'dl_user-1', conv: 'conv-1' });
  });

  it.each([
    ['no header', undefined, 'missing'],
    ['another scheme', 'Basic abc', 'invalid'],
    ['garbage', 'Bearer not.a.token', 'invalid'],
    ['a huge header', `Bearer ${'a'.repeat(10_000)}`, 'invalid'],
  ])('refuse %s', async (_label, header, reason) => {
    expect(await tokens.verify(header, NOW)).toEqual({ ok: false, reason });
  });

  it('refuse a token signed with another secret, or unsigned, or with its claims changed', async () => {
    const other = new DirectLineTokens('another-secret-of-at-least-32-characters!');
    const { token } = await other.mint(grant, NOW);
    expect(await tokens.verify(`Bearer ${token}`, NOW)).toEqual({ ok: false, reason: 'invalid' });
    const [h, , s] = (await tokens.mint(grant, NOW)).token.split('.');
    const forged = Buffer.from(JSON.stringify({ conv: 'someone-else', user: 'dl_user-1', exp: 9e9, iss: 'complaints-intake-bot', aud: 'directline' })).toString('base64url');
    expect(await tokens.verify(`Bearer ${h}.${forged}.${s}`, NOW)).toEqual({ ok: false, reason: 'invalid' });
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${forged}.`;
    expect(await tokens.verify(`Bearer ${none}`, NOW)).toEqual({ ok: false, reason: 'invalid' });
    // Right key, but not a Direct Line token of ours (no audience, no conversation).
    const key = (tokens as unknown as { key: Uint8Array }).key;
    const stray = await new SignJWT({ user: 'x' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(NOW.getTime() / 1000 + 60).sign(key);
    expect(await tokens.verify(`Bearer ${stray}`, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('make ids that are unguessable and distinct, the user prefixed dl_', () => {
    expect(newConversationId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newUserId()).toMatch(/^dl_[A-Za-z0-9_-]{22}$/);
    expect(new Set(Array.from({ length: 100 }, newConversationId)).size).toBe(100);
  });
});
