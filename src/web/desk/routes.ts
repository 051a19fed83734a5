// Every route of the editorial desk, in one list: sign-in, account, queue, story review and actions, alerts, audit log.
import type { Hono, MiddlewareHandler } from 'hono';
import { AttemptLimiter } from '../../accounts/sign-in.ts';
import { openDesk } from '../../desk/desk.ts';
import { alertDeletePost, alertsPage, alertsPost } from './alerts.ts';
import { auditPage } from './audit.ts';
import type { DeskCtx, DeskDeps, DeskEnv } from './context.ts';
import { deskHeaders, formLimit, originCheck, requireActor, requireAdmin, requireToken, requireUser } from './guard.ts';
import { accountPage, loginPage, loginPost, logoutPost, signOutEverywhere } from './login.ts';
import { loadSession } from './session.ts';
import { actionPost, queuePage, storyPage } from './stories.ts';

/** Whether a path is the desk's (never cached, never indexed, session read). */
export function isDeskPath(path: string): boolean {
  return /^\/(login|logout|account|desk)(\/|$)/.test(path);
}

/** Mounts the desk on the portal app. */
export function mountDesk(app: Hono, deps: DeskDeps): void {
  const ctx: DeskCtx = {
    store: deps.store,
    desk: openDesk(deps.store, { now: deps.now }),
    config: deps.config,
    now: deps.now ?? (() => new Date()),
    limiter: deps.limiter ?? new AttemptLimiter(),
    onChange: deps.onChange ?? (() => {}),
  };
  const desk = app as unknown as Hono<DeskEnv>;
  const session = loadSession(ctx);
  desk.use('*', async (c, next) => {
    if (!isDeskPath(c.req.path)) return next();
    await deskHeaders(c, async () => {
      await session(c, next);
    });
  });
  const origin = originCheck(ctx);
  // A signed-in user's sign-out must carry the session's token; an anonymous one has nothing to end.
  const tokenIfSignedIn: MiddlewareHandler<DeskEnv> = (c, next) => (c.get('who') ? requireToken(c, next) : next());

  desk.get('/login', loginPage(ctx));
  desk.post('/login', formLimit, origin, loginPost(ctx));
  desk.post('/logout', formLimit, origin, tokenIfSignedIn, logoutPost(ctx));
  desk.get('/account', requireUser, accountPage(ctx));
  desk.post('/account/sign-out-everywhere', formLimit, origin, requireUser, requireToken, signOutEverywhere(ctx));
  desk.get('/desk', requireUser, queuePage(ctx));
  desk.get('/desk/alerts', requireUser, alertsPage(ctx));
  desk.post('/desk/alerts', formLimit, origin, requireUser, requireToken, alertsPost(ctx));
  desk.post('/desk/alerts/:id/delete', formLimit, origin, requireUser, requireToken, alertDeletePost(ctx));
  desk.get('/desk/audit', requireUser, requireAdmin, auditPage(ctx));
  desk.get('/desk/stories/:id', requireUser, storyPage(ctx));
  desk.post('/desk/stories/:id/:action', formLimit, origin, requireUser, requireToken, requireActor, actionPost(ctx));
}
