// The sign-in form and the account page (who am I, live sessions, sign out everywhere).
import type { Session, User } from '../../../model/records.ts';
import { html, type Safe } from '../../html.ts';
import { localeFor } from '../../i18n/locale.ts';
import { dateTag } from '../../views/parts.ts';
import type { SignedIn } from '../context.ts';
import { csrfField } from './layout.ts';

/** The sign-in form; `error` is shown above the fields and linked to them. */
export function loginBody(p: { token: string; next: string; email: string; error: string | null }): Safe {
  const described = p.error ? html` aria-describedby="login-error"` : '';
  return html`<h1>Sign in to the desk</h1>
<form method="post" action="/login" class="login">
<input type="hidden" name="csrf" value="${p.token}">
<input type="hidden" name="next" value="${p.next}">
${p.error ? html`<p class="error" id="login-error" role="alert">${p.error}</p>` : ''}
<p><label for="email">E-mail</label><br>
<input id="email" name="email" type="email" autocomplete="username" required maxlength="254" value="${p.email}"${described}></p>
<p><label for="password">Password</label><br>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256"${described}></p>
<p><button type="submit" class="button">Sign in</button></p>
</form>
<p class="hint">Accounts are made by an operator with <code>lantern users add</code>. After 5 wrong passwords an account is locked for 15 minutes.</p>`;
}

/** The account page body. */
export function accountBody(who: SignedIn, user: User, sessions: Session[]): Safe {
  const rows = sessions.map(
    (s) =>
      html`<tr><td>${dateTag(localeFor('en'), s.createdAt)}</td><td>${dateTag(localeFor('en'), s.lastSeenAt ?? s.createdAt)}</td><td>${s.userAgent ?? 'unknown'}</td><td>${s.idHash === who.session.idHash ? 'this one' : ''}</td></tr>`,
  );
  return html`<h1>Your account</h1>
<dl class="deskfacts"><dt>E-mail</dt><dd>${user.email}</dd><dt>Name</dt><dd>${user.name || '—'}</dd><dt>Role</dt><dd>${user.role}</dd></dl>
<h2>Signed-in sessions</h2>
<div class="scroll"><table><caption class="visually-hidden">Your sessions</caption>
<thead><tr><th scope="col">Signed in</th><th scope="col">Last used</th><th scope="col">Browser</th><th scope="col"><span class="visually-hidden">Current</span></th></tr></thead>
<tbody>${rows}</tbody></table></div>
<form method="post" action="/account/sign-out-everywhere">
${csrfField(who)}
<p><button type="submit" class="button">Sign out everywhere</button></p>
<p class="hint">Ends every session of this account, on every device, this one included.</p>
</form>`;
}
