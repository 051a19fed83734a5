// The store's roles over one Db and Dialect: each maps its methods onto the query functions of ./*.ts.

import { inputError } from '../../lib/errors.ts';
import type { AlertStore } from '../alert-store.ts';
import { currentVersion, runMigrations } from '../migrations.ts';
import { readBackup } from '../restore.ts';
import type { AccountStore } from '../roles/accounts.ts';
import type { ArticleStore } from '../roles/articles.ts';
import type { KeyStore } from '../roles/keys.ts';
import type { MetaStore } from '../roles/meta.ts';
import type { SourceStore } from '../roles/sources.ts';
import type { StoryStore } from '../roles/stories.ts';
import * as al from './alerts.ts';
import * as apiKeys from './api-keys.ts';
import * as articles from './articles.ts';
import type { Db } from './db.ts';
import type { Dialect } from './dialect.ts';
import * as entries from './entries.ts';
import { fileArticle } from './filing.ts';
import * as people from './people.ts';
import { purgeArticles, removeSamples } from './samples.ts';
import * as sources from './sources.ts';
import * as stories from './stories.ts';

/** Writes a backup of a store's database to a file (see ../backup.ts). */
export type BackupWriter = (db: Db, file: string, opts: { force?: boolean }) => Promise<void>;

/** The sources role. */
export function sourceRole(db: Db, sql: Dialect): SourceStore {
  return {
    add: (s) => sources.addSource(db, s),
    addMany: (list) => sources.addSources(db, list),
    get: (id) => sources.getSource(db, id),
    byUrl: (url) => sources.getSourceByUrl(db, url),
    list: (opts) => sources.listSources(db, opts),
    update: (id, patch) => sources.updateSource(db, id, patch),
    remove: (id) => sources.removeSource(db, id),
    due: (now, limit) => sources.dueSources(db, now, limit),
    claimDue: (now, lease, limit) => sources.claimDueSources(db, sql, now, lease, limit),
    entriesInBackoff: (urls, now) => entries.entriesInBackoff(db, urls, now),
    noteEntryFailure: (f, retryAt) => entries.noteEntryFailure(db, f, retryAt),
  };
}

/** The accounts role. */
export function accountRole(db: Db): AccountStore {
  return {
    addUser: (u) => people.addUser(db, u),
    getUser: (id) => people.getUser(db, id),
    getUserByEmail: (email) => people.getUserByEmail(db, email),
    listUsers: () => people.listUsers(db),
    updateUser: (id, patch) => people.updateUser(db, id, patch),
    removeUser: (id) => people.removeUser(db, id),
    recordLoginFailure: (id, opts) => people.recordLoginFailure(db, id, opts),
    deleteUserSessions: (userId, keep) => people.deleteUserSessions(db, userId, keep),
    listUserSessions: (userId) => people.listUserSessions(db, userId),
    touchSession: (idHash, at) => people.touchSession(db, idHash, at),
    addSession: (s) => people.addSession(db, s),
    getSession: (idHash) => people.getSession(db, idHash),
    deleteSession: (idHash) => people.deleteSession(db, idHash),
    addAudit: (e) => people.addAudit(db, e),
    listAudit: (opts) => people.listAudit(db, opts),
  };
}

/** The API keys role. */
export function keyRole(db: Db): KeyStore {
  return {
    add: (k) => apiKeys.addApiKey(db, k),
    list: (day) => apiKeys.listApiKeys(db, day),
    byHash: (keyHash) => apiKeys.getApiKeyByHash(db, keyHash),
    revoke: (id, at) => apiKeys.revokeApiKey(db, id, at ?? new Date().toISOString()),
    countUse: (id, at) => apiKeys.countApiKeyUse(db, id, at),
  };
}

/** The meta role: settings, migrations, backup and restore. */
export function metaRole(db: Db, sql: Dialect, backupWriter: BackupWriter): MetaStore {
  return {
    get: (key) => people.getMeta(db, key),
    set: (key, value) => people.setMeta(db, key, value),
    migrate: () => runMigrations(db, sql),
    schemaVersion: () => currentVersion(db),
    backup: (file, opts) => backupWriter(db, file, opts ?? {}),
    restore: (file) => readBackup(db, sql, file),
  };
}

/** The alerts role. */
export function alertRole(db: Db): AlertStore {
  return {
    add: (a) => al.addAlert(db, a),
    list: (owner) => al.listAlerts(db, owner),
    get: (id) => al.getAlert(db, id),
    byToken: (token) => al.getAlertByToken(db, token),
    remove: (id, owner) => al.removeAlert(db, id, owner),
    unsubscribeEmail: (token) => al.unsubscribeEmail(db, token),
    unseenStories: (limit) => al.unseenStories(db, limit),
    recordMatches: (seen, matches, at) => al.recordMatches(db, seen, matches, at),
    claimSends: (c) => al.claimSends(db, c),
    markSent: (s, at) => al.markSent(db, s, at),
    markFailed: (s, error, retryAt) => al.markFailed(db, s, error, retryAt),
    listSends: (state, limit) => al.listSends(db, state, limit),
    matches: (alertId, limit) => al.alertMatches(db, alertId, limit),
    markEmailed: (alertId, at) => al.markEmailed(db, alertId, at),
  };
}

/** The articles role. */
export function articleRole(db: Db, sql: Dialect): ArticleStore {
  return {
    add: (a) => articles.addArticle(db, sql, a),
    addMany: (list) => articles.addArticles(db, sql, list),
    file: (a, filing) => fileArticle(db, sql, a, filing),
    get: (id) => articles.getArticle(db, id),
    byUrl: (url) => articles.findArticleByUrl(db, url),
    byHash: (hash) => articles.findArticleByHash(db, hash),
    update: (id, patch) => articles.updateArticle(db, sql, id, patch),
    count: () => articles.countArticles(db),
    getMany: (q) => articles.getArticles(db, q),
    ofStory: (storyId) => articles.storyArticles(db, storyId),
    addLshKeys: (articleId, keys) => articles.addLshKeys(db, articleId, keys),
    lshCandidates: (keys, limit, perKey) => articles.lshCandidates(db, keys, limit, perKey),
    async purge(ids) {
      if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id)))
        throw inputError('article ids: expected integers');
      return db.tx((t) => purgeArticles(t, sql, ids));
    },
    addTombstones: (list, at) => stories.addTombstones(db, list, at ?? new Date().toISOString()),
    findTombstones: (q) => stories.findTombstones(db, q),
  };
}

/** The stories role. */
export function storyRole(db: Db, sql: Dialect): StoryStore {
  return {
    add: (s) => stories.addStory(db, s),
    get: (id) => stories.getStory(db, id),
    getMany: (ids) => stories.getStories(db, ids),
    bySlug: (slug) => stories.getStoryBySlug(db, slug),
    update: (id, patch) => stories.updateStory(db, id, patch),
    list: (filter) => stories.listStories(db, filter ?? {}),
    perMonth: (by, opts) => stories.storiesPerMonth(db, by, opts),
    countryCounts: () => stories.countryCounts(db),
    formCounts: () => stories.formCounts(db),
    removeSamples: () => removeSamples(db, sql),
  };
}
