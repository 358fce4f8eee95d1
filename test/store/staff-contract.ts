/**
 * The staff accounts and sessions ports (src/store/ports.ts), as every adapter keeps them.
 * Registered beside storeContract by store-contract.test.ts (SQLite) and pg-store-contract.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import type { StaffAccount, Store } from '../../src/store/ports';
import type { StoreFactory, StoreUnderTest } from './store-contract';

const T0 = '2026-11-23T10:00:00.000Z';
const hash = (c: string) => c.repeat(64);

const account = (over: Partial<StaffAccount> = {}): StaffAccount => ({
  name: 'alys.jones',
  displayName: 'Alys',
  passwordHash: 'scrypt$15$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
  mustChangePassword: true,
  disabled: false,
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

const session = (idHash: string, name = 'alys.jones', expiresAt = '2026-11-23T20:00:00.000Z') => ({
  idHash,
  name,
  csrfToken: `csrf-${idHash.slice(0, 4)}`,
  createdAt: T0,
  lastSeenAt: T0,
  expiresAt,
});

export function staffStoreContract(name: string, factory: StoreFactory): void {
  describe(`staff store contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: Store;
    beforeEach(async () => {
      subject = await factory({ clock: new FixedClock(T0) });
      store = subject.store;
    });
    afterEach(async () => subject?.close());

    it('creates an account once, finds it, lists accounts by name', async () => {
      expect(await store.staffAccounts.create(account())).toBe(true);
      expect(await store.staffAccounts.create(account({ displayName: 'Someone else' }))).toBe(false);
      expect(await store.staffAccounts.create(account({ name: 'bryn@landlord.example', displayName: 'Bryn', passwordHash: null, mustChangePassword: false }))).toBe(true);
      expect(await store.staffAccounts.find('alys.jones')).toEqual(account());
      expect(await store.staffAccounts.find('nobody')).toBeUndefined();
      expect((await store.staffAccounts.list()).map((a) => [a.name, a.passwordHash === null])).toEqual([
        ['alys.jones', false],
        ['bryn@landlord.example', true],
      ]);
    });

    it('keeps when each account last signed in, the latest only, and none for an account never signed in', async () => {
      await store.staffAccounts.create(account());
      await store.staffAccounts.create(account({ name: 'bryn@landlord.example', displayName: 'Bryn', passwordHash: null, mustChangePassword: false }));
      expect((await store.staffAccounts.lastSignIns()).size).toBe(0);
      await store.staffAccounts.signedIn('alys.jones', '2026-11-23T09:00:00.000Z');
      await store.staffAccounts.signedIn('alys.jones', '2026-11-24T08:30:00.000Z');
      await store.staffAccounts.signedIn('nobody', '2026-11-24T08:30:00.000Z');
      expect(Object.fromEntries(await store.staffAccounts.lastSignIns())).toEqual({ 'alys.jones': '2026-11-24T08:30:00.000Z' });
      // Signing in is not a change to the account.
      expect(await store.staffAccounts.find('alys.jones')).toEqual(account());
    });

    it('changes a password and disables an account, saying whether there was one', async () => {
      await store.staffAccounts.create(account());
      const later = '2026-11-23T11:00:00.000Z';
      expect(await store.staffAccounts.setPassword('alys.jones', 'scrypt$new', false, later)).toBe(true);
      expect(await store.staffAccounts.setDisabled('alys.jones', true, later)).toBe(true);
      expect(await store.staffAccounts.find('alys.jones')).toEqual(account({ passwordHash: 'scrypt$new', mustChangePassword: false, disabled: true, updatedAt: later }));
      expect(await store.staffAccounts.setPassword('nobody', 'x', false, later)).toBe(false);
      expect(await store.staffAccounts.setDisabled('nobody', true, later)).toBe(false);
    });

    it('changes the name shown, keeping the sign-in name, saying whether there was an account', async () => {
      await store.staffAccounts.create(account());
      const later = '2026-11-23T12:00:00.000Z';
      expect(await store.staffAccounts.setDisplayName('alys.jones', 'Alys Pritchard', later)).toBe(true);
      expect(await store.staffAccounts.find('alys.jones')).toEqual(account({ displayName: 'Alys Pritchard', updatedAt: later }));
      expect(await store.staffAccounts.setDisplayName('nobody', 'X', later)).toBe(false);
    });

    it('keeps sessions by hash, touches, deletes one or all of an account’s, and sweeps ended ones', async () => {
      await store.staffSessions.create(session(hash('a')));
      await store.staffSessions.create(session(hash('b')));
      await store.staffSessions.create(session(hash('c'), 'bryn', '2026-11-23T10:30:00.000Z'));
      expect(await store.staffSessions.find(hash('a'))).toEqual(session(hash('a')));
      await store.staffSessions.touch(hash('a'), '2026-11-23T10:05:00.000Z');
      expect((await store.staffSessions.find(hash('a')))?.lastSeenAt).toBe('2026-11-23T10:05:00.000Z');
      await store.staffSessions.delete(hash('a'));
      expect(await store.staffSessions.find(hash('a'))).toBeUndefined();
      expect(await store.staffSessions.deleteForAccount('alys.jones')).toBe(1);
      expect(await store.staffSessions.sweep('2026-11-23T11:00:00.000Z')).toBe(1);
      expect(await store.staffSessions.find(hash('c'))).toBeUndefined();
    });

    it('gives a sign-in flow back once only', async () => {
      const flow = { idHash: hash('f'), state: 's1', nonce: 'n1', codeVerifier: 'v1', expiresAt: '2026-11-23T10:10:00.000Z' };
      await store.staffSessions.saveFlow(flow);
      const [one, two] = await Promise.all([store.staffSessions.takeFlow(hash('f')), store.staffSessions.takeFlow(hash('f'))]);
      expect([one, two].filter(Boolean)).toEqual([flow]);
      expect(await store.staffSessions.takeFlow(hash('f'))).toBeUndefined();
    });
  });
}
