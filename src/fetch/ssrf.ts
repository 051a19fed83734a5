// SSRF guard: which addresses the fetcher may connect to, checked after DNS resolution and on every redirect.
import { BlockList, isIP } from 'node:net';

/** Ranges never reached unless the operator allows them: private, loopback, link-local, CGNAT, metadata, reserved. */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
] as const) {
  BLOCKED.addSubnet(net, bits, 'ipv6');
}

/** Who may be reached despite the guard: exact hosts or IP addresses from LANTERN_FETCH_ALLOW. */
export interface AllowList {
  hosts: ReadonlySet<string>;
}

/** Builds the allow list from the configured entries (case-insensitive; brackets around IPv6 ignored). */
export function allowList(entries: readonly string[]): AllowList {
  return {
    hosts: new Set(
      entries
        .map((e) =>
          e
            .trim()
            .toLowerCase()
            .replace(/^\[|\]$/g, ''),
        )
        .filter(Boolean),
    ),
  };
}

/**
 * True when an IP address is private, loopback, link-local or reserved — including an IPv4 address carried
 * inside an IPv6 one (v4-mapped ::ffff:a.b.c.d, v4-compatible ::a.b.c.d, SIIT ::ffff:0:a.b.c.d, 6to4 2002:AABB:CCDD::).
 */
export function isBlockedAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return BLOCKED.check(ip, 'ipv4');
  if (family !== 6) return true;
  const bytes = ipv6Bytes(ip);
  if (!bytes) return true;
  const v4 = embeddedIpv4(bytes);
  if (v4 && BLOCKED.check(v4, 'ipv4')) return true;
  return BLOCKED.check(ip, 'ipv6');
}

/** The IPv4 address an IPv6 address carries in one of the embedding schemes, or null. */
function embeddedIpv4(b: number[]): string | null {
  const zero = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const quad = (i: number) => b.slice(i, i + 4).join('.');
  if (zero(0, 10) && ((b[10] === 0 && b[11] === 0) || (b[10] === 0xff && b[11] === 0xff))) return quad(12);
  if (zero(0, 8) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0) return quad(12);
  if (b[0] === 0x20 && b[1] === 0x02) return quad(2);
  return null;
}

/** The 16 bytes of a valid IPv6 address (`::` expanded, a dotted IPv4 tail read), or null. */
export function ipv6Bytes(ip: string): number[] | null {
  let text = ip.replace(/%.*$/, '').toLowerCase();
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const fill = text.includes('::') ? 8 - left.length - right.length : 0;
  const groups = [...left, ...Array(Math.max(fill, 0)).fill('0'), ...right];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.flatMap((g) => [Number.parseInt(g, 16) >> 8, Number.parseInt(g, 16) & 0xff]);
}

/** Why a host/address may not be reached, or null when it may. `host` is the URL's host, `ip` the resolved one. */
export function refusal(host: string, ip: string, allow: AllowList): string | null {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (!isBlockedAddress(ip)) return null;
  if (allow.hosts.has(h) || allow.hosts.has(ip.toLowerCase())) return null;
  return `refused to connect to ${ip}${h !== ip ? ` (${h})` : ''}: private, loopback, link-local or reserved address (allow it with LANTERN_FETCH_ALLOW)`;
}
