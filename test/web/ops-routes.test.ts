// /healthz and /metrics: health follows the store; metrics count polls, analyses and requests by route pattern,
// and are served only when turned on, then only to loopback clients no proxy forwarded, or to the token's bearer.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { createMetrics } from '../../src/ops/metrics.ts';
import type { PollReport } from '../../src/pipeline/poll.ts';
import { createPortal } from '../../src/web/app.ts';
import { portalApp } from './fixtures.ts';

describe('healthz', () => {
  it('answers 200 JSON when the store answers, 503 when it does not (without the error text)', async () => {
    const { deps } = await portalApp();
    const ok = createPortal(deps, undefined, { ping: async () => null, dialect: 'sqlite' });
    const r = await ok.request('/healthz');
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { status: 'ok', store: 'sqlite' });
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const down = createPortal(deps, undefined, {
      ping: () => Promise.reject(new Error('connect ECONNREFUSED db.internal:5432 user=lantern')),
      dialect: 'postgres',
    });
    const d = await down.request('/healthz');
    assert.equal(d.status, 503);
    const text = await d.text();
    assert.deepEqual(JSON.parse(text), { status: 'unavailable', store: 'postgres', reason: 'store unreachable' });
    assert.doesNotMatch(text, /db\.internal|lantern/);
  });

  it('asks the store itself when no ops deps are given', async () => {
    const { deps } = await portalApp();
    const stories = { ...deps.store.stories, get: () => Promise.reject(new Error('closed')) };
    const broken = { ...deps, store: { ...deps.store, stories } };
    assert.equal((await createPortal(broken).request('/healthz')).status, 503);
    assert.equal((await createPortal(deps).request('/healthz')).status, 200);
  });
});

describe('internal errors', () => {
  it('are told to the ops hook by route pattern, never by raw path', async () => {
    const { deps } = await portalApp();
    const told: [string, string][] = [];
    const stories = { ...deps.store.stories, bySlug: () => Promise.reject(new Error('disk I/O error')) };
    const store = { ...deps.store, stories };
    const app = createPortal({ ...deps, store }, undefined, {
      ping: async () => null,
      onError: (route, message) => told.push([route, message]),
    });
    const r = await app.request('/stories/amina-from-kano');
    assert.equal(r.status, 500);
    assert.doesNotMatch(await r.text(), /disk I\/O/);
    assert.deepEqual(told, [['/stories/:slug', 'disk I/O error']]);
  });
});

describe('metrics', () => {
  let origin: string;
  let close: () => void;
  const metrics = createMetrics({ dueSources: async () => 7 });
  before(async () => {
    const { deps } = await portalApp();
    const app = createPortal(deps, undefined, { ping: async () => null, metrics, metricsToken: 's3cret-token' });
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  after(() => close());

  it('counts requests by route pattern and status, and the pipeline by outcome', async () => {
    assert.equal((await fetch(`${origin}/`)).status, 200);
    assert.equal((await fetch(`${origin}/stories/no-such-story`)).status, 404);
    assert.equal((await fetch(`${origin}/no/such/page`)).status, 404);
    const report = { sourceId: 1, url: 'https://x.example/feed', status: 'error', errorCode: 'timeout' } as PollReport;
    metrics.observer.passStarted?.(3);
    metrics.observer.polled?.(report, 1200);
    metrics.observer.polled?.({ ...report, status: 'ok', errorCode: null }, 300);
    metrics.observer.analysed?.(42, true);
    metrics.observer.filed?.({ sourceId: 1, articleId: 5, storyId: 2, kind: 'joined-story', published: true });
    const r = await fetch(`${origin}/metrics`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await r.text();
    assert.match(text, /lantern_http_requests_total\{route="\/",method="GET",status="200"\} 1/);
    assert.match(text, /lantern_http_requests_total\{route="\/stories\/:slug",method="GET",status="404"\} 1/);
    assert.match(text, /lantern_http_requests_total\{route="unmatched",method="GET",status="404"\} 1/);
    assert.match(text, /lantern_http_request_duration_seconds_count\{route="\/",method="GET",status="200"\} 1/);
    assert.match(text, /lantern_source_polls_total\{outcome="error"\} 1/);
    assert.match(text, /lantern_source_polls_total\{outcome="ok"\} 1/);
    assert.match(text, /lantern_fetch_errors_total\{code="timeout"\} 1/);
    assert.match(text, /lantern_poll_duration_seconds_count 2/);
    assert.match(text, /lantern_analysis_duration_seconds_count\{result="article"\} 1/);
    assert.match(text, /lantern_articles_filed_total\{kind="joined_story"\} 1/);
    assert.match(text, /lantern_articles_published_total 1/);
    assert.match(text, /lantern_pass_sources_due 3/);
    assert.match(text, /lantern_pass_sources_left 1/);
    assert.match(text, /lantern_sources_due 7/);
    assert.match(text, /lantern_process_resident_memory_bytes /);
    assert.doesNotMatch(text, /no-such-story|no\/such/, 'raw paths never become labels');
  });

  it('refuses a request a proxy forwarded, and lets the token in', async () => {
    const fwd = await fetch(`${origin}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    assert.equal(fwd.status, 404);
    assert.doesNotMatch(await fwd.text(), /lantern_/);
    const wrong = await fetch(`${origin}/metrics`, {
      headers: { 'X-Forwarded-For': '203.0.113.9', Authorization: 'Bearer nope' },
    });
    assert.equal(wrong.status, 404);
    const bearer = await fetch(`${origin}/metrics`, {
      headers: { 'X-Forwarded-For': '203.0.113.9', Authorization: 'Bearer s3cret-token' },
    });
    assert.equal(bearer.status, 200);
  });

  it('is not served at all without metrics', async () => {
    const { app } = await portalApp();
    assert.equal((await app.request('/metrics')).status, 404);
  });
});
