// Saved searches people follow (alerts), and the deliveries made for them.

/** How often e-mail digests go out. */
export const CADENCES = ['immediate', 'daily', 'weekly'] as const;
/** One e-mail cadence. */
export type Cadence = (typeof CADENCES)[number];

/** Who made an alert: a desk user, an API key, or the command line. */
export type AlertOwner = { kind: 'user'; id: number } | { kind: 'key'; id: number } | { kind: 'cli'; id: null };

/** Channels that send something out (the Atom feed is read, not sent). */
export const SEND_CHANNELS = ['email', 'webhook'] as const;
/** One sending channel. */
export type SendChannel = (typeof SEND_CHANNELS)[number];

/** Filters an alert applies beside its query words (each list: any of its values). */
export interface AlertFilters {
  country?: string[];
  type?: string[];
  language?: string[];
  minors?: boolean;
  incident?: boolean;
}

/** A saved search with its channels; `token` opens the private feed and unsubscribes, `secret` signs webhooks. */
export interface Alert {
  id: number;
  query: string;
  filters: AlertFilters;
  owner: AlertOwner;
  email: string | null;
  webhookUrl: string | null;
  atom: boolean;
  cadence: Cadence;
  token: string;
  secret: string;
  createdAt: string;
  lastEmailAt: string | null;
}

/** What a new alert needs (the store makes the id, token and secret are made by the caller). */
export type NewAlert = Omit<Alert, 'id' | 'createdAt' | 'lastEmailAt'>;

/** Where one (alert, story, channel) send stands. */
export type SendState = 'pending' | 'claimed' | 'sent' | 'dead';

/** One send of one story to one channel of one alert. */
export interface AlertSend {
  alertId: number;
  storyId: number;
  channel: SendChannel;
  state: SendState;
  attempts: number;
  nextAt: string;
  sentAt: string | null;
  lastError: string | null;
}

/** One match to record: the story goes to the alert's feed and to each of the channels. */
export interface AlertMatch {
  alertId: number;
  storyId: number;
  channels: SendChannel[];
}
