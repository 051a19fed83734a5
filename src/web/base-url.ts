// The portal's absolute base URL: LANTERN_PUBLIC_URL when set, else the request's own scheme and Host
// (X-Forwarded-Proto/-Host only when LANTERN_TRUST_PROXY is on). Checked, so a hostile Host never enters a link.
import { inputError, usageError } from '../lib/errors.ts';

/** What the base URL is made from. */
export interface BaseUrlConfig {
  publicUrl: string;
  trustProxy?: boolean;
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** A configured public URL without its trailing slash; a bad one is a usage error naming the setting. */
export function checkPublicUrl(raw: string): string {
  const v = raw.trim().replace(/\/+$/, '');
  if (!v) return '';
  let u: URL | null = null;
  try {
    u = new URL(v);
  } catch {}
  if (!u || !/^https?:$/.test(u.protocol) || u.search || u.hash || u.username || u.password) {
    throw usageError(
      `LANTERN_PUBLIC_URL=${JSON.stringify(raw.slice(0, 100))}: expected an http(s) URL such as https://lantern.example.org`,
    );
  }
  return v;
}

/** The base URL for one request (no trailing slash). */
export function baseUrlFor(config: BaseUrlConfig, url: URL, header: (name: string) => string | undefined): string {
  if (config.publicUrl) return config.publicUrl;
  const first = (v: string | undefined) => v?.split(',')[0]?.trim() || undefined;
  const fwdHost = config.trustProxy ? first(header('x-forwarded-host')) : undefined;
  const fwdProto = config.trustProxy ? first(header('x-forwarded-proto'))?.toLowerCase() : undefined;
  const host = fwdHost ?? header('host') ?? url.host;
  if (!HOST.test(host)) throw inputError(`Host ${JSON.stringify(host.slice(0, 80))}: not a host name`);
  const proto = fwdProto === 'https' || fwdProto === 'http' ? fwdProto : url.protocol.replace(/:$/, '');
  return `${proto}://${host.toLowerCase()}`;
}

/** True when links made from this base would point at the machine itself (loopback). */
export function isLoopbackBase(base: string): boolean {
  let host: string;
  try {
    host = new URL(base).hostname;
  } catch {
    return false;
  }
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0|\[::\])$/i.test(host) || host.endsWith('.localhost');
}
