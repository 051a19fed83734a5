// ICU-style message formatting on the platform's Intl: {name} placeholders and {n, plural, one {…} other {…}}.
import { escapeHtml, type Safe } from '../html.ts';

/** A placeholder value: text, a number (formatted in the locale), or markup already escaped. */
export type MessageValue = string | number | Safe;

/** Values for a message's placeholders. */
export type MessageVars = Record<string, MessageValue>;

/** The locale services a message needs: plural category and number formatting. */
export interface MessageLocale {
  plural(n: number): Intl.LDMLPluralRule;
  num(n: number): string;
}

/** Index of the brace closing the one at `open` (nested braces counted), or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The cases of a plural argument: `one {…} other {…}` → { one: '…', other: '…' }. */
export function pluralCases(body: string): Record<string, string> {
  const cases: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const end = closing(body, open);
    if (end < 0) throw new Error(`unbalanced braces in plural: ${body.slice(0, 60)}`);
    cases[body.slice(i, open).trim()] = body.slice(open + 1, end);
    i = end + 1;
  }
  return cases;
}

function valueText(v: MessageValue | undefined, name: string, loc: MessageLocale, esc: boolean): string {
  if (v === undefined) throw new Error(`message placeholder {${name}} has no value`);
  if (typeof v === 'number') return loc.num(v);
  if (typeof v === 'string') return esc ? escapeHtml(v) : v;
  return String(v);
}

function argument(inner: string, vars: MessageVars, loc: MessageLocale, esc: boolean): string {
  const comma = inner.indexOf(',');
  if (comma < 0) return valueText(vars[inner.trim()], inner.trim(), loc, esc);
  const name = inner.slice(0, comma).trim();
  const rest = inner.slice(comma + 1);
  const kind = rest.slice(0, rest.indexOf(',')).trim();
  if (kind !== 'plural') throw new Error(`message argument {${name}, ${kind}}: only plural is supported`);
  const n = Number(vars[name]);
  const cases = pluralCases(rest.slice(rest.indexOf(',') + 1));
  const chosen = cases[`=${n}`] ?? cases[loc.plural(n)] ?? cases.other ?? '';
  return render(chosen.replace(/#/g, loc.num(n)), vars, loc, esc);
}

/** Fills a message; with `esc`, literal text and string values are HTML-escaped (Safe values kept). */
export function render(msg: string, vars: MessageVars, loc: MessageLocale, esc = false): string {
  let out = '';
  let i = 0;
  while (i < msg.length) {
    const open = msg.indexOf('{', i);
    if (open < 0) break;
    const end = closing(msg, open);
    if (end < 0) break;
    const lit = msg.slice(i, open);
    out += (esc ? escapeHtml(lit) : lit) + argument(msg.slice(open + 1, end), vars, loc, esc);
    i = end + 1;
  }
  const tail = msg.slice(i);
  return out + (esc ? escapeHtml(tail) : tail);
}

/** The placeholder names a message uses (plural arguments and the placeholders inside their cases). */
export function placeholders(msg: string): string[] {
  const names = new Set<string>();
  for (const m of msg.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(,|\})/g)) names.add(m[1]!);
  return [...names].sort();
}
