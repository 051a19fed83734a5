// The desk's page shell: its own navigation (queue, audit for admins, account, sign out), never indexed.
import { html, type Safe } from '../../html.ts';
import { assetUrl } from '../../static.ts';
import type { SignedIn } from '../context.ts';

/** What a desk page passes to the shell. */
export interface DeskPage {
  title: string;
  path: string;
  who: SignedIn | null;
  body: Safe;
  /** A message from the previous action (shown in a live region at the top). */
  flash?: string | null;
}

/** Wraps desk content in the desk's HTML document. */
export function deskLayout(p: DeskPage): Safe {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${p.title} · Lantern desk</title>
<link rel="stylesheet" href="${assetUrl('style.css')}">
<link rel="stylesheet" href="${assetUrl('desk.css')}">
<link rel="icon" href="${assetUrl('icon.svg')}" type="image/svg+xml">
</head>
<body class="desk">
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<div class="bar">
<a class="brand" href="${p.who ? '/desk' : '/'}"><img src="${assetUrl('icon.svg')}" alt="" width="28" height="28"> Lantern desk</a>
${p.who ? signOut(p.who) : ''}
</div>
${p.who ? deskNav(p.who, p.path) : ''}
</header>
<main id="main">
${p.flash ? html`<p class="flash" role="status">${p.flash}</p>` : ''}
${p.body}
</main>
</body>
</html>`;
}

function deskNav(who: SignedIn, path: string): Safe {
  const links: [string, string][] = [
    ['/desk', 'Review queue'],
    ...(who.user.role === 'admin' ? ([['/desk/audit', 'Audit log']] as [string, string][]) : []),
    ['/account', 'Account'],
    ['/', 'Public site'],
  ];
  const items = links.map(([href, label]) => {
    const here = href === '/desk' ? path === '/desk' || path.startsWith('/desk/stories') : path.startsWith(href);
    return html`<li><a href="${href}"${here && href !== '/' ? html` aria-current="page"` : ''}>${label}</a></li>`;
  });
  return html`<nav aria-label="Desk"><ul>${items}</ul></nav>`;
}

function signOut(who: SignedIn): Safe {
  return html`<form class="signout" method="post" action="/logout">
<span class="who">${who.user.name || who.user.email} · ${who.user.role}</span>
${csrfField(who)}<button type="submit">Sign out</button></form>`;
}

/** The hidden synchronizer-token field every desk form carries. */
export function csrfField(who: SignedIn): Safe {
  return html`<input type="hidden" name="csrf" value="${who.session.csrfToken}">`;
}

/** A short error or refusal page body. */
export function messageBody(heading: string, text: string, back?: [string, string]): Safe {
  return html`<h1>${heading}</h1><p>${text}</p>${back ? html`<p><a href="${back[0]}">${back[1]}</a></p>` : ''}`;
}
