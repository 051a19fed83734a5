// The Store over any Db + Dialect: one query layer, dialect differences kept in the dialect files.

import type { AlertStore } from '../alert-store.ts';
import type { AccountStore } from '../roles/accounts.ts';
import type { ArticleStore } from '../roles/articles.ts';
import type { KeyStore } from '../roles/keys.ts';
import type { MetaStore } from '../roles/meta.ts';
import type { SearchStore } from '../roles/search.ts';
import type { SourceStore } from '../roles/sources.ts';
import type { StoryStore } from '../roles/stories.ts';
import { runSearch } from '../search/search.ts';
import type { HostSlots, Store } from '../store.ts';
import type { Db } from './db.ts';
import type { Dialect } from './dialect.ts';
import { hostSlots } from './hosts.ts';
import {
  accountRole,
  alertRole,
  articleRole,
  type BackupWriter,
  keyRole,
  metaRole,
  sourceRole,
  storyRole,
} from './roles.ts';

/** A Store on a Db connection and a Dialect. */
export class SqlStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly sharedByMachines: boolean;
  readonly hosts: HostSlots;
  readonly alerts: AlertStore;
  readonly sources: SourceStore;
  readonly accounts: AccountStore;
  readonly keys: KeyStore;
  readonly meta: MetaStore;
  readonly articles: ArticleStore;
  readonly stories: StoryStore;
  readonly search: SearchStore;

  constructor(
    readonly db: Db,
    readonly sql: Dialect,
    private readonly backupWriter: BackupWriter,
  ) {
    this.dialect = sql.name;
    this.sharedByMachines = sql.sharedByMachines;
    this.hosts = hostSlots(db, sql);
    this.alerts = alertRole(db);
    this.sources = sourceRole(db, sql);
    this.accounts = accountRole(db);
    this.keys = keyRole(db);
    this.meta = metaRole(db, sql, backupWriter);
    this.articles = articleRole(db, sql);
    this.stories = storyRole(db, sql);
    this.search = { run: (query) => runSearch(db, sql, query) };
  }

  close(): Promise<void> {
    return this.db.close();
  }
  placing<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.db.tx(async (t) => {
      await this.sql.placementLock(t);
      return fn(new SqlStore(t, this.sql, this.backupWriter));
    });
  }
}
