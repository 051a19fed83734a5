// HTML templates from hono/html: every interpolated value is escaped unless it is already escaped markup.
import { html as honoHtml, raw as honoRaw } from 'hono/html';
import { escapeToBuffer, type HtmlEscapedString } from 'hono/utils/html';

/** Markup that is known to be safe (built by `html`, `raw`, or escaped already). */
export type Safe = HtmlEscapedString;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(text, buffer);
  return buffer[0];
}

/** A value a template accepts: text is escaped, Safe is kept, arrays are joined, null/false vanish. */
export type Html = Safe | string | number | null | undefined | false | Html[];

/** Tagged template that escapes every interpolation (hono/html; synchronous, since no value is a Promise). */
export function html(strings: TemplateStringsArray, ...values: Html[]): Safe {
  const out = honoHtml(strings, ...values);
  // hono/html only answers a Promise when a Promise was interpolated, which the Html type rules out.
  if (out instanceof Promise) throw new TypeError('html: a Promise was interpolated');
  return out;
}

/** Marks trusted markup (our own SVG or Markdown output) as Safe. */
export function raw(markup: string): Safe {
  return honoRaw(markup);
}

/** Builds a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The URL when it is http(s), else "#" (never a javascript: or data: link). */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
