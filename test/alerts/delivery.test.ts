// Alert delivery end to end on loopback: matching through the public gate, signed webhooks, e-mail digests with an
// unsubscribe link, each story once per alert, retries with back-off and the dead-letter list.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAlert } from '../../src/alerts/create.ts';
import { smtpMailer } from '../../src/alerts/email.ts';
import { type AlertDeps, MAX_ATTEMPTS, runAlerts, sendWebhooks } from '../../src/alerts/run.ts';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { SECRET_NAME, seedApi } from '../api/fixtures.ts';
import { startHooks, startSmtp, validSignature } from './helpers.ts';

const ALLOW = { allowPrivateWebhooks: true };

describe('alert delivery', () => {
  let store: Store;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let hooks: Awaited<ReturnType<typeof startHooks>>;
  let deps: AlertDeps;
  before(async () => {
    store = await openMemoryStore();
    smtp = await startSmtp();
    hooks = await startHooks();
    deps = {
      store,
      publicUrl: 'https://lantern.example',
      mailer: smtpMailer(smtp.url),
      mailFrom: 'Lantern <alerts@lantern.example>',
      allowPrivateWebhooks: true,
    };
  });
  after(async () => {
    await store?.close();
    await smtp?.close();
    await hooks?.close();
  });

  it('delivers a new public matching story once by webhook and e-mail, redacted, and never a private one', async () => {
    const owner = { kind: 'cli' as const, id: null };
    const a = await createAlert(
      store.alerts,
      owner,
      { query: 'cassava', email: 'desk@example.org', webhook: hooks.url },
      ALLOW,
    );
    const other = await createAlert(
      store.alerts,
      owner,
      { query: 'cassava', filters: { country: ['KE'] }, atom: true },
      ALLOW,
    );
    const { farm } = await seedApi(store);
    const r = await runAlerts(deps);
    assert.equal(r.matched, 1);
    assert.deepEqual(r.webhooks, { sent: 1, failed: 0, dead: 0 });
    assert.equal(r.emails, 1);
    assert.equal(hooks.hooks.length, 1);
    const h = hooks.hooks[0]!;
    assert.ok(validSignature(h, a.secret), 'HMAC-SHA256 signature checks out with the alert secret');
    assert.equal(validSignature(h, other.secret), false);
    assert.equal(h.key, `alert-${a.id}-story-${farm.id}`);
    assert.equal((h.body.story as { url: string }).url, 'https://lantern.example/stories/farm-rescue');
    assert.ok(!h.raw.includes(SECRET_NAME), 'the webhook carries only redacted public text');
    assert.equal(smtp.mails.length, 1);
    const mail = smtp.mails[0]!.raw;
    assert.deepEqual(smtp.mails[0]!.to, ['desk@example.org']);
    assert.match(mail, new RegExp(`List-Unsubscribe:\\s+<https://lantern.example/alerts/unsubscribe/${a.token}>`));
    assert.match(mail, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    assert.match(mail, /lantern\.example\/stories\/farm-rescue/);
    assert.ok(!mail.includes(SECRET_NAME) && !mail.includes('hidden-review'));
    assert.deepEqual(
      (await store.alerts.matches(other.id, 10)).map((m) => m.storyId),
      [],
    );
    const again = await runAlerts(deps);
    assert.equal(again.matched + again.webhooks.sent + again.emails, 0, 'nothing is sent twice');
    assert.equal(hooks.hooks.length, 1);
    assert.equal(smtp.mails.length, 1);
  });

  it('retries a failing webhook with doubling delays, then puts it on the dead-letter list', async () => {
    const failing = await startHooks(() => 500);
    const a = await createAlert(
      store.alerts,
      { kind: 'cli', id: null },
      { query: 'girls raid', webhook: failing.url },
      ALLOW,
    );
    const { bar } = { bar: await store.stories.bySlug('bar-raid') };
    // The bar story was seen already; a story published now is the new one.
    await store.stories.update(bar!.id, { status: 'review' });
    await store.alerts.recordMatches(
      [],
      [{ alertId: a.id, storyId: bar!.id, channels: ['webhook'] }],
      new Date(0).toISOString(),
    );
    await store.stories.update(bar!.id, { status: 'published' });
    let now = Date.now();
    const gaps: number[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const r = await sendWebhooks({ ...deps, now: () => new Date(now) });
      assert.equal(r.sent, 0);
      const [s] = (await store.alerts.listSends(i < MAX_ATTEMPTS - 1 ? 'pending' : 'dead', 10)).filter(
        (x) => x.alertId === a.id,
      );
      assert.ok(s, `attempt ${i + 1}`);
      gaps.push(Date.parse(s.nextAt) - now);
      now = Math.max(now, Date.parse(s.nextAt));
    }
    assert.deepEqual(gaps.slice(0, 3), [30_000, 60_000, 120_000]);
    const dead = (await store.alerts.listSends('dead', 10)).filter((x) => x.alertId === a.id);
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.lastError, 'HTTP 500');
    await failing.close();
  });

  it('refuses webhooks to private addresses unless allowed, and e-mail header injection, storing nothing', async () => {
    const before = (await store.alerts.list()).length;
    const owner = { kind: 'cli' as const, id: null };
    await assert.rejects(
      createAlert(store.alerts, owner, { query: 'x', webhook: hooks.url }, { allowPrivateWebhooks: false }),
      /private/,
    );
    await assert.rejects(
      createAlert(
        store.alerts,
        owner,
        { query: 'x', webhook: 'http://[::ffff:10.0.0.1]/' },
        { allowPrivateWebhooks: false },
      ),
      /private/,
    );
    await assert.rejects(
      createAlert(store.alerts, owner, { query: 'x', email: 'a@b.org\r\nBcc: c@d.org' }, ALLOW),
      /header injection/,
    );
    await assert.rejects(
      createAlert(store.alerts, owner, { query: 'x', email: 'Eve <a@b.org>' }, ALLOW),
      /plain address/,
    );
    await assert.rejects(
      createAlert(store.alerts, owner, { query: 'x', filters: { colour: 'red' } as never }, ALLOW),
      /unknown colour/,
    );
    await assert.rejects(createAlert(store.alerts, owner, { query: 'country:Nigeria' }, ALLOW), /two-letter/);
    assert.equal((await store.alerts.list()).length, before);
  });
});
