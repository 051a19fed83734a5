// Making an alert from any front door (CLI, API, portal): every field checked, nothing stored on bad input.
import { randomBytes } from 'node:crypto';
import { inputError } from '../lib/errors.ts';
import { type Alert, type AlertFilters, type AlertOwner, CADENCES, type Cadence } from '../model/alerts.ts';
import type { AlertStore } from '../store/alert-store.ts';
import { checkCountry, checkLanguage, checkType } from '../store/search/query.ts';
import { checkEmail } from './email.ts';
import { compileQuery } from './match.ts';
import { checkWebhookUrl } from './webhook.ts';

/** What someone asks for when following a search. */
export interface AlertRequest {
  query: string;
  filters?: AlertFilters;
  email?: string | null;
  webhook?: string | null;
  atom?: boolean;
  cadence?: Cadence;
}

const FILTER_KEYS = ['country', 'type', 'language', 'minors', 'incident'];
/** Values one list filter may hold. */
const MAX_FILTER_VALUES = 20;

/** Checks filters: known names only, valid values; returns them normalised. */
export function checkFilters(raw: unknown): AlertFilters {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw inputError('alert filters: expected an object');
  const f = raw as Record<string, unknown>;
  const unknown = Object.keys(f).filter((k) => !FILTER_KEYS.includes(k));
  if (unknown.length)
    throw inputError(`alert filters: unknown ${unknown.join(', ')} (known: ${FILTER_KEYS.join(', ')})`);
  const list = (k: string, check: (v: string) => string) => {
    const v = f[k];
    if (v === undefined) return undefined;
    const items = Array.isArray(v) ? v : [v];
    if (items.length > MAX_FILTER_VALUES || !items.every((x) => typeof x === 'string'))
      throw inputError(`alert filter ${k}: expected up to ${MAX_FILTER_VALUES} strings`);
    return items.length ? items.map(check) : undefined;
  };
  const bool = (k: string) => {
    if (f[k] === undefined) return undefined;
    if (typeof f[k] !== 'boolean') throw inputError(`alert filter ${k}: expected true or false`);
    return f[k] as boolean;
  };
  const out: AlertFilters = {
    country: list('country', checkCountry),
    type: list('type', checkType),
    language: list('language', checkLanguage),
    minors: bool('minors'),
    incident: bool('incident'),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as AlertFilters;
}

/** Checks a request and stores the alert; an input error says what is wrong and nothing is stored. */
export async function createAlert(
  alerts: AlertStore,
  owner: AlertOwner,
  req: AlertRequest,
  opts: { allowPrivateWebhooks: boolean },
): Promise<Alert> {
  if (typeof req?.query !== 'string') throw inputError('alert query: expected a string');
  const filters = checkFilters(req.filters);
  compileQuery(req.query, filters);
  const cadence = req.cadence ?? 'immediate';
  if (!CADENCES.includes(cadence)) throw inputError(`alert cadence: expected ${CADENCES.join(', ')}`);
  const email = req.email ? checkEmail(req.email) : null;
  const webhookUrl = req.webhook ? await checkWebhookUrl(req.webhook, opts.allowPrivateWebhooks) : null;
  const atom = req.atom ?? !(email || webhookUrl);
  return alerts.add({
    query: req.query.trim(),
    filters,
    owner,
    email,
    webhookUrl,
    atom,
    cadence,
    token: randomBytes(32).toString('base64url'),
    secret: randomBytes(32).toString('base64url'),
  });
}

/** The private feed address of an alert. */
export function alertFeedUrl(publicUrl: string, a: Pick<Alert, 'token'>): string {
  return `${publicUrl}/alerts/${a.token}.atom`;
}
