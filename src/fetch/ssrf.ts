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
  ['100::', 64],
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

/** True when an IP address (v4 or v6, v4-mapped included) is private, loopback, link-local or reserved. */
export function isBlockedAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return BLOCKED.check(ip, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return BLOCKED.check(mapped[1]!, 'ipv4');
  return BLOCKED.check(ip, 'ipv6');
}

/** Why a host/address may not be reached, or null when it may. `host` is the URL's host, `ip` the resolved one. */
export function refusal(host: string, ip: string, allow: AllowList): string | null {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (!isBlockedAddress(ip)) return null;
  if (allow.hosts.has(h) || allow.hosts.has(ip.toLowerCase())) return null;
  return `refused to connect to ${ip}${h !== ip ? ` (${h})` : ''}: private, loopback, link-local or reserved address (allow it with LANTERN_FETCH_ALLOW)`;
}
