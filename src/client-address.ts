import { BlockList, isIP } from 'node:net';

/**
 * Which hops in front of this server may say who the client is (TRUSTED_PROXIES). Without it,
 * behind a proxy or load balancer every resident had the proxy's address, so the per-address
 * limits (the handover cap, Direct Line tokens, console sign-in attempts) counted everyone as one.
 * `X-Forwarded-For` is anyone's to write, so it is read only as far as the hops are trusted.
 */
export type TrustedProxies =
  | { kind: 'none' }
  /** This many proxies, whatever their addresses: for a server only they can reach (App Service). */
  | { kind: 'hops'; hops: number }
  /** Proxies at these addresses or in these ranges. */
  | { kind: 'list'; list: BlockList };

export const NO_PROXIES: TrustedProxies = { kind: 'none' };

/** Names for ranges, as Express's `trust proxy` has them. */
const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

const MAX_HOPS = 10;

/**
 * Reads TRUSTED_PROXIES: empty for none; a number of hops (1–10); or comma-separated addresses,
 * CIDR ranges and the names loopback, linklocal, uniquelocal. Throws a message naming the entry.
 */
export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  const value = (text ?? '').trim();
  if (!value) return NO_PROXIES;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > MAX_HOPS) throw new Error(`a number of hops must be from 1 to ${MAX_HOPS}`);
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    for (const range of NAMED[entry.toLowerCase()] ?? [entry]) {
      const [address, prefix, extra] = range.split('/');
      const plain = unmapped(address);
      const family = isIP(plain);
      if (!family || extra !== undefined) throw new Error(`"${entry}" is not an address, a range such as 10.0.0.0/8, or one of ${Object.keys(NAMED).join(', ')}`);
      const max = family === 4 ? 32 : 128;
      const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
      if (!(bits >= 0 && bits <= max)) throw new Error(`"${entry}": the prefix must be from 0 to ${max}`);
      list.addSubnet(plain, bits, family === 4 ? 'ipv4' : 'ipv6');
    }
  }
  return { kind: 'list', list };
}

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`, what a dual-stack socket reports) as plain IPv4. */
function unmapped(address: string): string {
  const m = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return m ? m[1] : address;
}

/**
 * One entry of X-Forwarded-For as an address, or undefined when it is none. Azure App Service
 * writes the port too (`203.0.113.7:51234`, `[2001:db8::1]:51234`), so a port is taken off.
 */
export function readHop(entry: string): string | undefined {
  let text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  // A zone (fe80::1%eth0) names an interface of the proxy, not a client.
  text = text.replace(/%[\w.-]+$/, '');
  text = unmapped(text);
  return isIP(text) ? text.toLowerCase() : undefined;
}

const trusts = (trusted: TrustedProxies, address: string, hop: number): boolean => {
  if (trusted.kind === 'hops') return hop < trusted.hops;
  if (trusted.kind === 'list') return trusted.list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  return false;
};

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy, when the
 * X-Forwarded-For entries it appended are read from the right, one hop at a time, stopping at the
 * first address that is not a trusted proxy. Entries left of that are the client's own words and
 * never read. An entry that is no address stops the walk at the last good one (a trusted hop's
 * address: stricter, never looser, since every such request then shares it).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | undefined {
  const first = peer === undefined ? undefined : readHop(peer);
  if (first === undefined || trusted.kind === 'none') return first;
  // Several X-Forwarded-For headers are one list, in order (RFC 9110 §5.3).
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = header ? header.split(',').reverse() : [];
  let current = first;
  for (let i = 0; i < hops.length && trusts(trusted, current, i); i++) {
    const next = readHop(hops[i]);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/**
 * What the per-address limits count by: an IPv4 address, or an IPv6 address's /64. One home or
 * phone is usually given a whole /64, so counting whole IPv6 addresses let one client take a fresh
 * allowance with every address it picked.
 */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIpv6(address: string): string[] | undefined {
  let text = address.toLowerCase();
  // An embedded IPv4 tail (64:ff9b::192.0.2.1) as its two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(Math.max(0, fill)).fill('0'), ...right];
  return groups.length === 8 ? groups.map((g) => g.replace(/^0+(?=.)/, '')) : undefined;
}
