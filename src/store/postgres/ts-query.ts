// Query tree → tsquery SQL. Words are reduced to letters and digits and passed as parameters; each is
// stemmed with every text-search configuration the index uses, so a word finds its stem in any language.
import { stripMarks } from '../search/doc.ts';
import type { Clause } from '../search/query.ts';
import type { IndexQuery } from '../sql/dialect.ts';

/** Languages stemmed by PostgreSQL's built-in configurations; others are indexed with 'simple'. */
export const LANGUAGE_CONFIGS: Record<string, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  pt: 'portuguese',
  de: 'german',
  it: 'italian',
  nl: 'dutch',
  ru: 'russian',
};
const ALL_CONFIGS = [...new Set(Object.values(LANGUAGE_CONFIGS)), 'simple'];

/** The configuration a document in this language is indexed with. */
export function configFor(language: string | null): string {
  return (language && LANGUAGE_CONFIGS[language.toLowerCase()]) || 'simple';
}

/** A tsquery SQL expression plus its parameters. */
export interface TsExpr {
  sql: string;
  params: unknown[];
}

function words(text: string): string[] {
  return stripMarks(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
}

function clause(c: Clause, configs: string[], titleOnly: boolean, out: unknown[]): string {
  if (c.kind === 'or') return `(${c.items.map((x) => clause(x, configs, titleOnly, out)).join(' || ')})`;
  const w = words(c.text);
  if (!w.length) return `'a1'::tsquery`;
  const label = c.title || titleOnly ? 'A' : '';
  const star = c.kind === 'word' && c.prefix ? '*' : '';
  const suffix = label || star ? `:${star}${label}` : '';
  const text = w.map((x) => x + suffix).join(' <-> ');
  return `(${configs
    .map((cfg) => {
      out.push(text);
      return `to_tsquery('${cfg}', ?)`;
    })
    .join(' || ')})`;
}

function tags(list: string[], out: unknown[]): string {
  out.push(list.join(' | '));
  return `to_tsquery('simple', ?)`;
}

/** The tsquery for an index query, or null when nothing but a date range filters. */
export function tsExpression(q: IndexQuery, titleOnly = false, languages: string[] = []): TsExpr | null {
  const configs = languages.length ? [...new Set([...languages.map(configFor), 'simple'])] : ALL_CONFIGS;
  const params: unknown[] = [];
  const must = [
    ...q.must.map((c) => clause(c, configs, titleOnly, params)),
    ...q.tagGroups.map((g) => tags(g, params)),
  ];
  const not = [
    ...q.not.map((c) => clause(c, configs, false, params)),
    ...(q.notTags.length ? [tags(q.notTags, params)] : []),
  ];
  if (!must.length && !not.length) return null;
  let sql = must.length ? must.join(' && ') : `'a1'::tsquery`;
  for (const n of not) sql = `(${sql}) && !!(${n})`;
  return { sql: `(${sql})`, params };
}
