import { describe, expect, it } from 'vitest';
import { clientAddress, limitKey, parseTrustedProxies, readHop } from '../../src/client-address';
import { readEnv } from '../../src/config/env';

const none = parseTrustedProxies('');
const lb = parseTrustedProxies('10.0.0.0/8');

describe('TRUSTED_PROXIES: whose X-Forwarded-For is believed (src/client-address.ts)', () => {
  it('trusts nobody by default: a stranger writing the header is counted by its own address', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', '198.51.100.1', none)).toBe('10.0.0.5');
  });

  it('reads the header only when the peer is a trusted proxy, and then only the hop it appended', () => {
    // Through the load balancer: the address it appended (the rightmost) is the client.
    expect(clientAddress('10.0.0.5', '198.51.100.1', lb)).toBe('198.51.100.1');
    // The client wrote its own header first: the load balancer appended the real address after it.
    expect(clientAddress('10.0.0.5', '1.1.1.1, 198.51.100.1', lb)).toBe('198.51.100.1');
    // Straight to the server, around the load balancer: the header is a stranger's, never read.
    expect(clientAddress('203.0.113.9', '1.1.1.1', lb)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '10.0.0.7, 1.1.1.1', lb)).toBe('203.0.113.9');
  });

  it('walks from the right through every trusted hop, and stops at the first that is not', () => {
    const two = parseTrustedProxies('10.0.0.0/8, 192.168.1.1');
    expect(clientAddress('10.0.0.5', '6.6.6.6, 198.51.100.1, 192.168.1.1', two)).toBe('198.51.100.1');
    // A client claiming to be a trusted proxy in its own header gains nothing: the walk stops at it.
    expect(clientAddress('10.0.0.5', '6.6.6.6, 10.9.9.9, 198.51.100.1', two)).toBe('198.51.100.1');
    // Every hop trusted: the leftmost is as far as anyone can say.
    expect(clientAddress('10.0.0.5', '10.1.1.1, 10.2.2.2', two)).toBe('10.1.1.1');
  });

  it('with a hop count, takes that many hops from the right whatever their addresses', () => {
    const one = parseTrustedProxies('1');
    expect(clientAddress('100.64.0.1', '6.6.6.6, 198.51.100.1', one)).toBe('198.51.100.1');
    const frontDoorThenAppService = parseTrustedProxies('2');
    expect(clientAddress('100.64.0.1', '6.6.6.6, 198.51.100.1, 147.243.1.1', frontDoorThenAppService)).toBe('198.51.100.1');
    // Fewer entries than hops (reached some other way): the leftmost there is.
    expect(clientAddress('100.64.0.1', '198.51.100.1', frontDoorThenAppService)).toBe('198.51.100.1');
    expect(clientAddress('100.64.0.1', undefined, one)).toBe('100.64.0.1');
  });

  it('stops at the last good address on a malformed entry, never taking the garbage as a client', () => {
    for (const bad of ['nonsense', '', ' ', '999.1.1.1', 'unknown', '1.2.3', '::g', '"198.51.100.1"', '198.51.100.1:port', '[2001:db8::1']) {
      expect(clientAddress('10.0.0.5', `198.51.100.1, ${bad}`, lb)).toBe('10.0.0.5');
    }
    // An empty header, or none: the peer.
    expect(clientAddress('10.0.0.5', '', lb)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', undefined, lb)).toBe('10.0.0.5');
    // Several X-Forwarded-For headers are one list, in order.
    expect(clientAddress('10.0.0.5', ['6.6.6.6', '198.51.100.1'], lb)).toBe('198.51.100.1');
  });

  it('reads IPv6, IPv4-mapped IPv6 and the ports Azure App Service writes', () => {
    expect(readHop('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(readHop('[2001:db8::1]:51234')).toBe('2001:db8::1');
    expect(readHop('2001:DB8::1')).toBe('2001:db8::1');
    expect(readHop('::ffff:198.51.100.1')).toBe('198.51.100.1');
    expect(readHop('fe80::1%eth0')).toBe('fe80::1');
    // A dual-stack socket reports an IPv4 proxy as ::ffff:…, which still matches its IPv4 range.
    expect(clientAddress('::ffff:10.0.0.5', '198.51.100.1', lb)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.5', '::ffff:198.51.100.1', lb)).toBe('198.51.100.1');
    const v6 = parseTrustedProxies('fd00::/8');
    expect(clientAddress('fd00::1', '2001:db8:1:2::99', v6)).toBe('2001:db8:1:2::99');
    expect(clientAddress('2001:db8::5', '198.51.100.1', v6)).toBe('2001:db8::5');
    // A range written IPv4-mapped is its IPv4 range.
    expect(clientAddress('10.0.0.5', '198.51.100.1', parseTrustedProxies('::ffff:10.0.0.0/8'))).toBe('198.51.100.1');
    // The peer itself as mapped, with nothing trusted: the plain IPv4 address (one key for both forms).
    expect(clientAddress('::ffff:203.0.113.9', undefined, none)).toBe('203.0.113.9');
  });

  it('knows loopback, linklocal and uniquelocal as Express does', () => {
    const names = parseTrustedProxies('loopback, uniquelocal');
    expect(clientAddress('127.0.0.1', '198.51.100.1', names)).toBe('198.51.100.1');
    expect(clientAddress('::1', '198.51.100.1', names)).toBe('198.51.100.1');
    expect(clientAddress('172.20.1.1', '198.51.100.1', names)).toBe('198.51.100.1');
    expect(clientAddress('172.32.1.1', '198.51.100.1', names)).toBe('172.32.1.1');
    expect(clientAddress('169.254.1.1', '198.51.100.1', names)).toBe('169.254.1.1');
  });

  it('counts an IPv6 client by its /64, so a fresh address from the same network is no fresh allowance', () => {
    expect(limitKey('2001:db8:1:2::99')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
    expect(limitKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(limitKey('198.51.100.1')).toBe('198.51.100.1');
  });

  it('refuses a setting it cannot read, at start-up, naming it', () => {
    for (const bad of ['0', '11', 'yes', '10.0.0.0/33', '10.0.0.0/8/1', '2001:db8::/129', '10.0.0.0/x', 'loopback, nonsense']) {
      expect(() => readEnv({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES: /);
    }
    expect(readEnv({}).TRUSTED_PROXIES).toEqual({ kind: 'none' });
    expect(readEnv({ TRUSTED_PROXIES: '1' }).TRUSTED_PROXIES).toEqual({ kind: 'hops', hops: 1 });
    expect(readEnv({ TRUSTED_PROXIES: '10.0.0.0/8,::1' }).TRUSTED_PROXIES.kind).toBe('list');
  });
});
