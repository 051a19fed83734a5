// The alerts role of the store: saved searches, matches and the sends that deliver them.
import type { Alert, AlertMatch, AlertOwner, AlertSend, NewAlert, SendChannel } from '../model/alerts.ts';

/** What one send claim asks for. */
export interface SendClaim {
  channel: SendChannel;
  now: string;
  /** Until when the claimed sends are this worker's (a crashed worker's claims come due again then). */
  leaseUntil: string;
  limit: number;
  alertId?: number;
}

/** Saved searches people follow and their exactly-once deliveries. */
export interface AlertStore {
  add(a: NewAlert): Promise<Alert>;
  /** One owner's alerts, or all of them, oldest first. */
  list(owner?: AlertOwner): Promise<Alert[]>;
  get(id: number): Promise<Alert | null>;
  byToken(token: string): Promise<Alert | null>;
  /** Removes an alert (only the owner's when an owner is given); false when not found. */
  remove(id: number, owner?: AlertOwner): Promise<boolean>;
  /** Turns e-mail off for the alert with this token; false when the token is unknown. */
  unsubscribeEmail(token: string): Promise<boolean>;
  /** Published stories not yet run through the matcher, lowest id first. */
  unseenStories(limit: number): Promise<number[]>;
  /** Marks stories seen and keeps their matches and queued sends, all in one transaction; returns new matches. */
  recordMatches(seen: number[], matches: AlertMatch[], at: string): Promise<number>;
  /** Claims due sends of one channel for this worker. */
  claimSends(c: SendClaim): Promise<AlertSend[]>;
  markSent(s: Pick<AlertSend, 'alertId' | 'storyId' | 'channel'>, at: string): Promise<void>;
  /** A failed send: retried at retryAt, or dead (the dead-letter list) when null. */
  markFailed(
    s: Pick<AlertSend, 'alertId' | 'storyId' | 'channel'>,
    error: string,
    retryAt: string | null,
  ): Promise<void>;
  /** Sends in one state, newest first ('dead': the dead-letter list). */
  listSends(state: AlertSend['state'], limit: number): Promise<AlertSend[]>;
  /** Stories matched for an alert, newest first (its private feed). */
  matches(alertId: number, limit: number): Promise<{ storyId: number; at: string }[]>;
  markEmailed(alertId: number, at: string): Promise<void>;
}
