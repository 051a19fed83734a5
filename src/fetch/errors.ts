// The one failure type of the fetcher: a LanternError with a machine-readable code and HTTP details.
import { LanternError } from '../lib/errors.ts';

/** What went wrong with a fetch, for the source row and the back-off policy. */
export type FetchErrorCode =
  | 'bad-url'
  | 'blocked-address'
  | 'dns'
  | 'network'
  | 'connect-timeout'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'robots'
  | 'http'
  | 'parse';

/** A failed fetch: code, optional HTTP status and Retry-After (seconds). */
export class FetchError extends LanternError {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status: number | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super('input', message);
    this.name = 'FetchError';
  }
}

/** True for failures that will not heal by themselves soon (gone, refused by policy, bad URL). */
export function isPermanent(err: FetchError): boolean {
  return err.code === 'bad-url' || err.code === 'blocked-address' || err.status === 410;
}
