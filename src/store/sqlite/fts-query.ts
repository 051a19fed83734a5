// Query tree → FTS5 MATCH expression. Every word is quoted, so user text can never be FTS5 syntax.

import type { Clause } from '../search/query.ts';
import type { IndexQuery } from '../sql/dialect.ts';

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function clause(c: Clause, titleOnly: boolean): string {
  if (c.kind === 'or') return `(${c.items.map((x) => clause(x, titleOnly)).join(' OR ')})`;
  const cols = c.title || titleOnly ? '{title}' : '{title body}';
  return `${cols} : ${quote(c.text)}${c.kind === 'word' && c.prefix ? ' *' : ''}`;
}

const tags = (list: string[]) => `{tags} : (${list.map(quote).join(' OR ')})`;

/** The MATCH expression for an index query, or null when nothing but a date range filters. */
export function ftsExpression(q: IndexQuery, titleOnly = false): string | null {
  const must = [...q.must.map((c) => clause(c, titleOnly)), ...q.tagGroups.map(tags)];
  const not = [...q.not.map((c) => clause(c, false)), ...(q.notTags.length ? [tags(q.notTags)] : [])];
  if (!must.length && !not.length) return null;
  let expr = must.length ? must.map((m) => `(${m})`).join(' AND ') : `{tags} : "a1"`;
  for (const n of not) expr = `(${expr}) NOT (${n})`;
  return expr;
}
