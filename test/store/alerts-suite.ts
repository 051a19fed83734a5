// Conformance for alerts: saved searches per owner, stories matched once, sends claimed with a lease, marked sent,
// retried or dead (run by conformance.ts for every Store).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewAlert } from '../../src/model/alerts.ts';
import type { Store } from '../../src/store/store.ts';
import { rejectsInput, type StoreFactory, storyOf } from './conformance.ts';

const tok = (c: string) => c.repeat(40);

function alertOf(p: Partial<NewAlert> = {}): NewAlert {
  return {
    query: 'forced labour',
    filters: { country: ['NG'] },
    owner: { kind: 'cli', id: null },
    email: 'desk@example.org',
    webhookUrl: 'https://hooks.example.org/lantern',
    atom: true,
    cadence: 'immediate',
    token: tok('a'),
    secret: tok('s'),
    ...p,
  };
}

/** Defines the alert store tests for one implementation. */
export function alertsSuite(name: string, factory: StoreFactory, skip: string | false = false): void {
  describe(`Store alerts: ${name}`, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
    });

    it('keeps alerts per owner, finds them by token and removes only the owner’s', async () => {
      const a = await store.alerts.add(alertOf());
      const b = await store.alerts.add(alertOf({ owner: { kind: 'key', id: 7 }, token: tok('b'), email: null }));
      assert.deepEqual(a.filters, { country: ['NG'] });
      assert.equal(a.atom, true);
      assert.deepEqual(b.owner, { kind: 'key', id: 7 });
      assert.equal((await store.alerts.byToken(tok('b')))?.id, b.id);
      assert.deepEqual(
        (await store.alerts.list({ kind: 'key', id: 7 })).map((x) => x.id),
        [b.id],
      );
      assert.equal(await store.alerts.remove(b.id, { kind: 'key', id: 8 }), false);
      assert.equal(await store.alerts.remove(b.id, { kind: 'key', id: 7 }), true);
      assert.equal(await store.alerts.get(b.id), null);
      assert.equal(await store.alerts.remove(a.id), true);
    });

    it('refuses bad alerts and stores nothing', async () => {
      await rejectsInput(store.alerts.add(alertOf({ cadence: 'hourly' as never, token: tok('c') })), /cadence/);
      await rejectsInput(store.alerts.add(alertOf({ token: 'short' })), /token/);
      await rejectsInput(
        store.alerts.add(alertOf({ email: null, webhookUrl: null, atom: false, token: tok('d') })),
        /no channel/,
      );
      await store.alerts.add(alertOf({ token: tok('e') }));
      await rejectsInput(store.alerts.add(alertOf({ token: tok('e') })));
      assert.equal((await store.alerts.list()).length, 1);
      await store.alerts.remove((await store.alerts.list())[0]!.id);
    });

    it('matches each story once, queues each send once and claims it for one worker', async () => {
      const a = await store.alerts.add(alertOf({ token: tok('f') }));
      const s1 = await store.stories.add({ ...storyOf('alert-one'), published: true });
      await store.stories.update(s1.id, { status: 'published' });
      const hidden = await store.stories.add(storyOf('alert-hidden'));
      assert.deepEqual(await store.alerts.unseenStories(10), [s1.id]);
      const m = { alertId: a.id, storyId: s1.id, channels: ['email' as const, 'webhook' as const] };
      assert.equal(await store.alerts.recordMatches([s1.id], [m], '2026-01-01T00:00:00.000Z'), 1);
      assert.equal(await store.alerts.recordMatches([s1.id], [m], '2026-01-01T00:00:01.000Z'), 0);
      assert.deepEqual(await store.alerts.unseenStories(10), []);
      assert.ok(hidden.id);
      const claim = { channel: 'webhook' as const, now: '2026-01-01T00:00:05.000Z', limit: 10 };
      const got = await store.alerts.claimSends({ ...claim, leaseUntil: '2026-01-01T00:01:00.000Z' });
      assert.equal(got.length, 1);
      assert.equal(got[0]!.attempts, 1);
      assert.equal((await store.alerts.claimSends({ ...claim, leaseUntil: '2026-01-01T00:02:00.000Z' })).length, 0);
      // A worker that died keeps its claim only until the lease ends.
      const later = { ...claim, now: '2026-01-01T00:01:01.000Z', leaseUntil: '2026-01-01T00:03:00.000Z' };
      assert.equal((await store.alerts.claimSends(later)).length, 1);
      await store.alerts.markFailed(got[0]!, 'HTTP 500', '2026-01-01T00:05:00.000Z');
      const retry = { ...claim, now: '2026-01-01T00:05:00.000Z', leaseUntil: '2026-01-01T00:06:00.000Z' };
      const again = await store.alerts.claimSends(retry);
      assert.equal(again[0]!.attempts, 3);
      await store.alerts.markFailed(again[0]!, 'HTTP 500', null);
      const dead = await store.alerts.listSends('dead', 10);
      assert.equal(dead.length, 1);
      assert.equal(dead[0]!.lastError, 'HTTP 500');
      const mail = await store.alerts.claimSends({
        ...claim,
        channel: 'email',
        leaseUntil: '2026-01-01T00:01:00.000Z',
      });
      await store.alerts.markSent(mail[0]!, '2026-01-01T00:00:06.000Z');
      assert.equal((await store.alerts.listSends('sent', 10))[0]!.channel, 'email');
      assert.deepEqual(
        (await store.alerts.matches(a.id, 10)).map((x) => x.storyId),
        [s1.id],
      );
    });

    it('unsubscribes e-mail by token and drops unsent e-mail', async () => {
      const a = await store.alerts.add(alertOf({ token: tok('g') }));
      const s = await store.stories.add({ ...storyOf('alert-two'), published: true });
      await store.stories.update(s.id, { status: 'published' });
      await store.alerts.recordMatches(
        [s.id],
        [{ alertId: a.id, storyId: s.id, channels: ['email'] }],
        '2026-01-02T00:00:00.000Z',
      );
      assert.equal(await store.alerts.unsubscribeEmail(tok('g')), true);
      assert.equal(await store.alerts.unsubscribeEmail(tok('z')), false);
      assert.equal((await store.alerts.get(a.id))!.email, null);
      const claim = {
        channel: 'email' as const,
        now: '2026-01-03T00:00:00.000Z',
        leaseUntil: '2026-01-03T00:01:00.000Z',
      };
      assert.equal((await store.alerts.claimSends({ ...claim, limit: 10, alertId: a.id })).length, 0);
    });
  });
}
