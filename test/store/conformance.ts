// The one conformance suite every Store implementation must pass (run by sqlite.test.ts and postgres.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LanternError } from '../../src/lib/errors.ts';
import type { Store } from '../../src/store/store.ts';
import { alertsSuite } from './alerts-suite.ts';
import { apiSuite } from './api-suite.ts';
import { backupSuite } from './backup-suite.ts';
import { deskSuite } from './desk-suite.ts';
import { analysis, article } from './fixtures.ts';
import { searchSuite } from './search-suite.ts';

/** Opens a fresh, empty, migrated store each time it is called (the caller closes it). */
export interface StoreFactory {
  open(): Promise<Store>;
}

/** Input errors are LanternErrors of kind input. */
export async function rejectsInput(p: Promise<unknown>, re?: RegExp): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof LanternError, `expected LanternError, got ${err}`);
    assert.equal(err.kind, 'input');
    if (re) assert.match(err.message, re);
    return true;
  });
}

/** Defines the conformance tests for one implementation. */
export function conformance(name: string, factory: StoreFactory, skip: string | false = false): void {
  describe(`Store conformance: ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
    });

    it('migrates once and is idempotent', async () => {
      const again = await store.meta.migrate();
      assert.equal(again.from, again.to);
      assert.ok(again.to >= 1);
    });

    it('keeps sources, their errors and the due queue', async () => {
      const a = await store.sources.add({
        url: 'https://a.example/feed',
        name: 'A',
        nextFetchAt: '2024-01-01T00:00:00.000Z',
      });
      const b = await store.sources.add({ url: 'https://b.example/feed', nextFetchAt: '2024-01-02T00:00:00.000Z' });
      const c = await store.sources.add({
        url: 'https://c.example/feed',
        enabled: false,
        nextFetchAt: '2023-01-01T00:00:00.000Z',
      });
      assert.equal(a.kind, 'auto');
      assert.equal(a.enabled, true);
      assert.equal(c.enabled, false);
      assert.equal(a.errorCount, 0);
      await rejectsInput(store.sources.add({ url: 'https://a.example/feed' }), /already added/);
      assert.deepEqual((await store.sources.byUrl('https://b.example/feed'))?.id, b.id);
      await store.sources.update(b.id, {
        errorCount: 2,
        lastError: 'HTTP 500',
        lastErrorAt: '2024-01-02T00:00:00.000Z',
      });
      assert.deepEqual(
        (await store.sources.list({ broken: true })).map((s) => s.id),
        [b.id],
      );
      const due = await store.sources.due('2024-01-03T00:00:00.000Z', 10);
      assert.deepEqual(
        due.map((s) => s.id),
        [a.id, b.id],
      );
      assert.deepEqual(
        (await store.sources.due('2024-01-01T12:00:00.000Z', 10)).map((s) => s.id),
        [a.id],
      );
      assert.equal(await store.sources.remove(c.id), true);
      assert.equal(await store.sources.remove(c.id), false);
      assert.equal(await store.sources.get(c.id), null);
      assert.equal((await store.sources.list()).length, 2);
      await rejectsInput(store.sources.update(9999, { name: 'x' }), /not found/);
      await rejectsInput(store.sources.update(a.id, { bogus: 1 } as never), /bogus/);
    });

    it('adds articles once per canonical URL and finds them', async () => {
      const src = await store.sources.add({ url: 'https://art.example/feed' });
      const first = await store.articles.add(
        article({ sourceId: src.id, canonicalUrl: 'https://x.example/1', contentHash: 'h1' }),
      );
      assert.equal(first.created, true);
      assert.equal(first.article.status, 'new');
      assert.equal(first.article.storyId, null);
      assert.equal(first.article.isSample, false);
      const again = await store.articles.add(article({ canonicalUrl: 'https://x.example/1' }));
      assert.equal(again.created, false);
      assert.equal(again.article.id, first.article.id);
      assert.equal((await store.articles.byUrl('https://x.example/1'))?.id, first.article.id);
      assert.equal((await store.articles.byHash('h1'))?.id, first.article.id);
      assert.equal(await store.articles.byHash('nope'), null);
      const got = await store.articles.get(first.article.id);
      assert.equal(got?.sourceId, src.id);
      assert.equal(got?.publishedAt, '2024-03-01T10:00:00.000Z');
      await rejectsInput(store.articles.add({ ...article(), title: 42 } as never), /title/);
    });

    it('updates status, story and analysis of an article', async () => {
      const { article: a } = await store.articles.add(article());
      const story = await store.stories.add(storyOf('update-test'));
      await store.articles.update(a.id, {
        status: 'published',
        storyId: story.id,
        analysis: analysis({ countries: ['GH'] }),
      });
      const got = (await store.articles.get(a.id))!;
      assert.equal(got.status, 'published');
      assert.equal(got.storyId, story.id);
      assert.deepEqual(got.analysis?.countries, ['GH']);
      assert.deepEqual(
        (await store.articles.ofStory(story.id)).map((x) => x.id),
        [a.id],
      );
      await rejectsInput(store.articles.update(a.id, { status: 'bogus' as never }), /status/);
      await rejectsInput(store.articles.update(a.id, { title: 'x' } as never), /title/);
      await rejectsInput(store.articles.update(999_999, { status: 'review' }), /not found/);
    });

    it('bulk-inserts in order, returning existing ids for known URLs', async () => {
      const before = await store.articles.count();
      const known = await store.articles.add(article({ canonicalUrl: 'https://bulk.example/known' }));
      const ids = await store.articles.addMany([
        article(),
        article({ canonicalUrl: 'https://bulk.example/known' }),
        article(),
      ]);
      assert.equal(ids.length, 3);
      assert.equal(ids[1], known.article.id);
      assert.ok(ids[0]! < ids[2]!);
      assert.equal(await store.articles.count(), before + 3);
      await rejectsInput(store.articles.addMany([article(), { bad: true } as never]));
      assert.equal(await store.articles.count(), before + 3, 'a failed batch adds nothing');
    });

    it('finds near-duplicate candidates by shared LSH keys', async () => {
      const ids = await store.articles.addMany([article(), article(), article()]);
      await store.articles.addLshKeys(ids[0]!, ['b1', 'b2', 'b3']);
      await store.articles.addLshKeys(ids[1]!, ['b1', 'b2']);
      await store.articles.addLshKeys(ids[2]!, ['b3']);
      await store.articles.addLshKeys(ids[2]!, ['b3']);
      assert.deepEqual(await store.articles.lshCandidates(['b1', 'b2', 'b9'], 10), [ids[0], ids[1]]);
      assert.deepEqual(await store.articles.lshCandidates(['b3'], 1), [ids[0]]);
      assert.deepEqual(await store.articles.lshCandidates([], 5), []);
      // Only the newest entries of a bucket are read: ids[0] is the oldest in b1.
      assert.deepEqual(await store.articles.lshCandidates(['b1'], 10, 1), [ids[1]]);
      assert.deepEqual(await store.articles.lshCandidates(['b3'], 10, 1), [ids[2]]);
    });

    it('keeps stories, lists them with filters and a cursor, and counts trends', async () => {
      const made = [];
      for (let i = 0; i < 5; i++) {
        made.push(
          await store.stories.add({
            ...storyOf(`trend-${i}`),
            firstSeenAt: `2023-0${i + 1}-10T00:00:00.000Z`,
            lastSeenAt: `2023-0${i + 1}-12T00:00:00.000Z`,
            countries: i % 2 ? ['KE'] : ['KE', 'UG'],
            types: i < 3 ? ['sexual'] : ['labour', 'sexual'],
            published: i !== 4,
          }),
        );
      }
      assert.equal((await store.stories.bySlug('trend-2'))?.id, made[2]!.id);
      await rejectsInput(store.stories.add(storyOf('trend-2')), /already used/);
      await rejectsInput(store.stories.add(storyOf('Bad Slug')), /slug/);
      const page1 = await store.stories.list({ published: true, country: 'UG', limit: 1 });
      assert.deepEqual(
        page1.stories.map((s) => s.slug),
        ['trend-2'],
      );
      const page2 = await store.stories.list({ published: true, country: 'UG', limit: 1, cursor: page1.nextCursor! });
      assert.deepEqual(
        page2.stories.map((s) => s.slug),
        ['trend-0'],
      );
      assert.equal(page2.nextCursor, null);
      const labour = await store.stories.list({ type: 'labour', to: '2023-12' });
      assert.deepEqual(
        labour.stories.map((s) => s.slug),
        ['trend-4', 'trend-3'],
      );
      const ranged = await store.stories.list({ from: '2023-02', to: '2023-03', country: 'KE' });
      assert.deepEqual(
        ranged.stories.map((s) => s.slug),
        ['trend-2', 'trend-1'],
      );
      await rejectsInput(store.stories.list({ cursor: 'garbage' }), /cursor/);
      await store.stories.update(made[0]!.id, { countries: ['TZ'], title: 'Renamed' });
      assert.equal((await store.stories.get(made[0]!.id))?.title, 'Renamed');
      const perMonth = await store.stories.perMonth('country', { from: '2023-01', to: '2023-12' });
      assert.deepEqual(perMonth, [
        { month: '2023-01', key: 'TZ', count: 1 },
        { month: '2023-02', key: 'KE', count: 1 },
        { month: '2023-03', key: 'KE', count: 1 },
        { month: '2023-03', key: 'UG', count: 1 },
        { month: '2023-04', key: 'KE', count: 1 },
      ]);
      const byType = await store.stories.perMonth('type', { from: '2023-04', to: '2023-04' });
      assert.deepEqual(byType, [
        { month: '2023-04', key: 'labour', count: 1 },
        { month: '2023-04', key: 'sexual', count: 1 },
      ]);
      const keByType = await store.stories.perMonth('type', { country: 'KE', from: '2023-01', to: '2023-12' });
      assert.ok(keByType.length > 0 && keByType.every((r) => r.month >= '2023-02'));
      const noneOfForm = await store.stories.perMonth('country', { type: 'organ_removal' });
      assert.deepEqual(noneOfForm, []);
      const counts = await store.stories.countryCounts();
      assert.deepEqual(
        counts.filter((c) => ['KE', 'UG', 'TZ'].includes(c.country)),
        [
          { country: 'KE', count: 3 },
          { country: 'TZ', count: 1 },
          { country: 'UG', count: 1 },
        ],
      );
    });

    it('counts wrong passwords, locks, ends sessions and removes users', async () => {
      const u = await store.accounts.addUser({
        email: 'lock@example.org',
        name: 'L',
        role: 'viewer',
        passwordHash: 'h',
      });
      assert.equal(u.failedLogins, 0);
      assert.equal(u.lockedUntil, null);
      const lock = { max: 3, lockUntil: '2030-01-01T00:00:00.000Z' };
      assert.equal((await store.accounts.recordLoginFailure(u.id, lock))?.failedLogins, 1);
      assert.equal((await store.accounts.recordLoginFailure(u.id, lock))?.lockedUntil, null);
      const locked = (await store.accounts.recordLoginFailure(u.id, lock))!;
      assert.equal(locked.lockedUntil, lock.lockUntil);
      assert.equal(locked.failedLogins, 0, 'the count restarts after a lockout');
      await store.accounts.updateUser(u.id, { failedLogins: 0, lockedUntil: null });
      assert.equal((await store.accounts.getUser(u.id))?.lockedUntil, null);
      assert.equal(await store.accounts.recordLoginFailure(999_999, lock), null);
      const base = { userId: u.id, createdAt: '2024-01-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z' };
      await store.accounts.addSession({ ...base, idHash: 'a1', csrfToken: 'x', userAgent: 'U'.repeat(500) });
      await store.accounts.addSession({ ...base, idHash: 'a2', csrfToken: 'y' });
      await store.accounts.addSession({ ...base, idHash: 'a3', csrfToken: 'z' });
      assert.equal((await store.accounts.getSession('a1'))?.userAgent?.length, 200);
      await store.accounts.touchSession('a2', '2024-02-01T00:00:00.000Z');
      assert.equal((await store.accounts.getSession('a2'))?.lastSeenAt, '2024-02-01T00:00:00.000Z');
      assert.equal((await store.accounts.listUserSessions(u.id))[0]?.idHash, 'a2');
      assert.equal(await store.accounts.deleteUserSessions(u.id, 'a3'), 2);
      assert.deepEqual(
        (await store.accounts.listUserSessions(u.id)).map((x) => x.idHash),
        ['a3'],
      );
      assert.equal(await store.accounts.removeUser(u.id), true);
      assert.equal(await store.accounts.getSession('a3'), null, 'sessions go with their user');
      assert.equal(await store.accounts.removeUser(u.id), false);
      await rejectsInput(store.accounts.updateUser(1, { email: 'x' } as never), /cannot update/);
    });

    it('keeps users, sessions, audit events, saved searches and meta', async () => {
      const u = await store.accounts.addUser({
        email: 'Editor@Example.org',
        name: 'Ed',
        role: 'editor',
        passwordHash: 'h',
      });
      assert.equal(u.email, 'editor@example.org');
      assert.equal(u.disabled, false);
      await rejectsInput(
        store.accounts.addUser({ email: 'editor@example.org', name: 'x', role: 'editor', passwordHash: 'h' }),
        /exists/,
      );
      await rejectsInput(
        store.accounts.addUser({ email: 'x@y.z', name: 'x', role: 'boss' as never, passwordHash: 'h' }),
        /role/,
      );
      assert.equal((await store.accounts.getUserByEmail('EDITOR@example.org'))?.id, u.id);
      await store.accounts.updateUser(u.id, { role: 'admin', disabled: true });
      const got = (await store.accounts.getUser(u.id))!;
      assert.equal(got.role, 'admin');
      assert.equal(got.disabled, true);
      assert.equal((await store.accounts.listUsers()).length >= 1, true);
      const s = {
        idHash: 'sess1',
        userId: u.id,
        createdAt: '2024-01-01T00:00:00.000Z',
        expiresAt: '2024-01-02T00:00:00.000Z',
        csrfToken: 'c',
      };
      await store.accounts.addSession(s);
      await store.accounts.addSession({ ...s, idHash: 'sess2', expiresAt: '2030-01-01T00:00:00.000Z' });
      assert.deepEqual(await store.accounts.getSession('sess1'), { ...s, lastSeenAt: null, userAgent: null });
      await store.accounts.deleteSession('sess1');
      assert.equal(await store.accounts.getSession('sess1'), null);
      await store.accounts.deleteSession('sess2');
      assert.equal(await store.accounts.getSession('sess2'), null);
      await store.accounts.addAudit({ userId: u.id, action: 'login', target: null, detail: { ip: '127.0.0.1' } });
      await store.accounts.addAudit({
        userId: null,
        action: 'publish',
        target: 'story:1',
        detail: null,
        at: '2024-05-01T00:00:00.000Z',
      });
      const audit = await store.accounts.listAudit({ limit: 10 });
      assert.deepEqual(
        audit.map((e) => e.action),
        ['publish', 'login'],
      );
      assert.deepEqual(audit[1]!.detail, { ip: '127.0.0.1' });
      assert.deepEqual(
        (await store.accounts.listAudit({ limit: 10, before: audit[0]!.id })).map((e) => e.action),
        ['login'],
      );
      assert.equal(await store.meta.get('k'), null);
      await store.meta.set('k', 'v1');
      await store.meta.set('k', 'v2');
      assert.equal(await store.meta.get('k'), 'v2');
    });

    it('rolls back a failing update and leaves the store usable', async () => {
      const n = await store.articles.count();
      await rejectsInput(store.articles.addMany([article(), article({ status: 'nope' as never })]));
      assert.equal(await store.articles.count(), n);
      assert.equal((await store.articles.add(article())).created, true);
    });
  });

  searchSuite(name, factory, skip);
  backupSuite(name, factory, skip);
  deskSuite(name, factory, skip);
  apiSuite(name, factory, skip);
  alertsSuite(name, factory, skip);
}

/** A story record with defaults. */
export function storyOf(slug: string) {
  return {
    title: `Story ${slug}`,
    slug,
    leadArticleId: null,
    firstSeenAt: '2024-01-01T00:00:00.000Z',
    lastSeenAt: '2024-01-01T00:00:00.000Z',
    articleCount: 1,
    countries: ['NG'],
    types: ['labour' as const],
    relevance: 0.8,
    minors: null,
    victims: 3,
    incident: true,
    published: false,
    publishedAt: null,
    isSample: false,
  };
}
