// Escaping HTML templates: every interpolated value is escaped unless it is already Safe markup.

/** Markup that is known to be safe (built by `html` or escaped already). */
export class Safe {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A value a template accepts: text is escaped, Safe is kept, arrays are joined, null/false vanish. */
export type Html = Safe | string | number | null | undefined | false | Html[];

function render(value: Html): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Safe) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template that escapes every interpolation. */
export function html(strings: TemplateStringsArray, ...values: Html[]): Safe {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Safe(out);
}

/** Marks trusted markup (our own SVG or Markdown output) as Safe. */
export function raw(markup: string): Safe {
  return new Safe(markup);
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
