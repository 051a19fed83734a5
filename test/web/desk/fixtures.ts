// Desk fixtures: three fictional accounts, stories waiting for review (one with a flagged fictional name),
// and a tiny HTTP client that keeps cookies and reads form tokens, over app.request.

import { hashPassword } from '../../../src/accounts/passwords.ts';
import { AttemptLimiter } from '../../../src/accounts/sign-in.ts';
import type { Role } from '../../../src/model/records.ts';
import type { Store } from '../../../src/store/store.ts';
import { createPortal } from '../../../src/web/app.ts';
import type { DeskDeps } from '../../../src/web/desk/context.ts';
import { loadHotlines } from '../../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../../src/web/kb.ts';
import { storyOf } from '../../store/conformance.ts';
import { analysis, article } from '../../store/fixtures.ts';

/** The one password every fixture account uses (fictional). */
export const PASSWORD = 'lantern-desk-test-pass';
/** The fictional name the privacy flag withholds. */
export const FLAGGED_NAME = 'Mirela Ostrovan';
/** The origin app.request uses. */
export const ORIGIN = 'http://localhost';

/** Adds admin@, editor@ and viewer@desk.test (once per store; argon2 hashing takes a moment). */
export async function addAccounts(store: Store): Promise<Record<Role, number>> {
  const hash = await hashPassword(PASSWORD);
  const out = {} as Record<Role, number>;
  for (const role of ['admin', 'editor', 'viewer'] as Role[]) {
    const u = await store.accounts.addUser({
      email: `${role}@desk.test`,
      name: `Test ${role}`,
      role,
      passwordHash: hash,
    });
    out[role] = u.id;
  }
  return out;
}

/** A story in review with `n` articles; the first names a (fictional) victim and carries a privacy flag. */
export async function addStory(store: Store, slug: string, n = 1, flagged = true): Promise<number> {
  const story = await store.stories.add({ ...storyOf(slug), minors: true, priority: flagged ? 12 : 2 });
  const text = `Police said ${FLAGGED_NAME}, 15, was rescued from a flat where she was forced into sexual exploitation.`;
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const flags =
      flagged && i === 0
        ? [
            {
              kind: 'privacy' as const,
              quote: FLAGGED_NAME,
              start: 12,
              end: 27,
              what: 'name' as const,
              note: 'a minor named',
            },
          ]
        : [];
    const { article: a } = await store.articles.add({
      ...article({ title: `Teenager rescued in a fictional town (${slug} ${i + 1})`, text }),
      storyId: story.id,
      status: 'review',
      analysis: analysis({
        flags,
        evidence: [{ field: 'types', value: 'sexual', quote: 'sexual exploitation', start: 80, end: 99 }],
      }),
    });
    ids.push(a.id);
  }
  await store.stories.update(story.id, {
    leadArticleId: ids[0]!,
    articleCount: n,
    title: `Teenager rescued (${slug})`,
  });
  return story.id;
}

/** The portal with the desk mounted on `store`; `now` may be moved by tests. */
export function deskApp(
  store: Store,
  opts: {
    now?: () => Date;
    trustProxy?: boolean;
    limiter?: AttemptLimiter;
    cacheMs?: number;
    onChange?: DeskDeps['onChange'];
  } = {},
) {
  return createPortal(
    {
      store,
      config: { publicUrl: 'http://lantern.test', allowRepublish: false },
      kb: loadKnowledgeBase(),
      hotlines: loadHotlines(),
      cacheMs: opts.cacheMs ?? 0,
    },
    {
      store,
      config: { publicUrl: 'http://lantern.test', sessionHours: 12, trustProxy: opts.trustProxy ?? false },
      now: opts.now,
      limiter: opts.limiter ?? new AttemptLimiter(1000),
      onChange: opts.onChange,
    },
  );
}

type App = ReturnType<typeof deskApp>;

/** A browser-like client over app.request: keeps cookies, sends our Origin on posts, reads form tokens. */
export class Client {
  cookies = new Map<string, string>();
  constructor(
    readonly app: App,
    readonly headers: Record<string, string> = {},
    readonly origin = ORIGIN,
  ) {}

  /** Sends a request with the kept cookies; stores what Set-Cookie says. */
  async send(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = new Headers({ ...this.headers, ...(init.headers as Record<string, string>) });
    if (cookie) headers.set('cookie', cookie);
    const r = await this.app.request(path, { ...init, headers });
    for (const line of r.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [k, v] = pair!.split('=') as [string, string];
      const gone = attrs.some((a) => /max-age=0/i.test(a.trim()));
      if (gone || v === '') this.cookies.delete(k.trim());
      else this.cookies.set(k.trim(), v);
    }
    return r;
  }

  /** GET. */
  get(path: string): Promise<Response> {
    return this.send(path);
  }

  /** POST a form (url-encoded) with our Origin unless `origin` says otherwise (null: none). */
  post(path: string, form: Record<string, string | string[]>, origin: string | null = this.origin): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (origin) headers.origin = origin;
    return this.send(path, { method: 'POST', body: body.toString(), headers });
  }

  /** Signs in through the form; returns the POST's response. */
  async signIn(email: string, password = PASSWORD): Promise<Response> {
    const page = await (await this.get('/login')).text();
    return this.post('/login', { csrf: tokenIn(page), email, password, next: '/desk' });
  }

  /** The session's synchronizer token, read from the desk page. */
  async token(): Promise<string> {
    return tokenIn(await (await this.get('/account')).text());
  }
}

/** The first hidden csrf field's value in a page. */
export function tokenIn(page: string): string {
  const m = /name="csrf" value="([^"]+)"/.exec(page);
  if (!m) throw new Error('no csrf field on the page');
  return m[1]!;
}
