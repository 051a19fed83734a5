// Query tree → one tsquery string. Each word is stemmed once with every text-search configuration the index
// uses (PostgreSQL does the stemming; the distinct lexemes are cached here), so the planner sees a small,
// plain tsquery and a word finds its stem in any language.
import { stripMarks } from '../search/doc.ts';
import type { Clause } from '../search/query.ts';
import type { Db } from '../sql/db.ts';
import type { IndexQuery } from '../sql/dialect.ts';

/**
 * Text-search configurations for the languages the analyzer reads (data/lexicons), where PostgreSQL ships one;
 * others (sw, vi) and any this server lacks (arabic, indonesian, serbian arrived in later versions) use 'simple'.
 */
export const LANGUAGE_CONFIGS: Record<string, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  pt: 'portuguese',
  de: 'german',
  it: 'italian',
  nl: 'dutch',
  ru: 'russian',
  ro: 'romanian',
  ar: 'arabic',
  id: 'indonesian',
  sr: 'serbian',
  ca: 'catalan',
  da: 'danish',
  el: 'greek',
  hu: 'hungarian',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  sv: 'swedish',
  tr: 'turkish',
};
const WANTED_CONFIGS = [...new Set(Object.values(LANGUAGE_CONFIGS)), 'simple'];

// The configurations this server has, looked up once per process (every server of one deployment is alike).
let serverConfigs: Promise<Set<string>> | null = null;

/** The wanted configurations this server provides (always including 'simple'). */
export function availableConfigs(db: Db): Promise<Set<string>> {
  serverConfigs ??= db
    .all<{ name: string }>('SELECT cfgname AS name FROM pg_ts_config WHERE cfgname = ANY(?)', [WANTED_CONFIGS])
    .then((rows) => new Set(['simple', ...rows.map((r) => r.name)]));
  serverConfigs.catch(() => {
    serverConfigs = null;
  });
  return serverConfigs;
}

/** The configuration a document in this language is indexed with. */
export function configFor(language: string | null, available?: Set<string>): string {
  const cfg = language ? LANGUAGE_CONFIGS[language.toLowerCase()] : undefined;
  return cfg && (!available || available.has(cfg)) ? cfg : 'simple';
}

const cache = new Map<string, string[]>();
// Words that some configuration drops as a stop word: a phrase holding one cannot use <-> (positions skip it).
const stopWords = new Set<string>();

function words(text: string): string[] {
  return stripMarks(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
}

/** Looks up (and caches) the lexemes of every word of the query in every configuration. */
async function loadLexemes(db: Db, list: string[]): Promise<void> {
  const missing = [...new Set(list)].filter((w) => !cache.has(w));
  if (!missing.length) return;
  const configs = [...(await availableConfigs(db))];
  const rows = await db.all<{ w: string; ls: string[]; n: unknown }>(
    `SELECT w, array_agg(DISTINCT l) AS ls, count(DISTINCT c) AS n FROM unnest(?::text[]) AS w, unnest(?::regconfig[]) AS c,
       unnest(tsvector_to_array(to_tsvector(c, w))) AS l GROUP BY w`,
    [missing, configs],
  );
  if (cache.size > 20_000) {
    cache.clear();
    stopWords.clear();
  }
  for (const w of missing) cache.set(w, []);
  for (const r of rows) {
    cache.set(r.w, r.ls);
    if (Number(r.n) < configs.length) stopWords.add(r.w);
  }
}

const quote = (lex: string) => `'${lex.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

function clause(c: Clause, titleOnly: boolean): string | null {
  if (c.kind === 'or') {
    const items = c.items.map((x) => clause(x, titleOnly)).filter((x): x is string => x !== null);
    return items.length ? `(${items.join(' | ')})` : null;
  }
  const label = c.title || titleOnly ? 'A' : '';
  const star = c.kind === 'word' && c.prefix ? '*' : '';
  const suffix = label || star ? `:${star}${label}` : '';
  const list = words(c.text);
  // A stop word leaves a gap in some languages' positions: such a phrase matches as all of its other words.
  const gap = list.length > 1 && list.some((w) => stopWords.has(w));
  const kept = list.filter((w) => !(gap && stopWords.has(w)));
  const groups = (kept.length ? kept : list)
    .map((w) => cache.get(w) ?? [])
    .filter((ls) => ls.length)
    .map((ls) => `(${ls.map((l) => quote(l) + suffix).join(' | ')})`);
  return groups.length ? `(${groups.join(gap ? ' & ' : ' <-> ')})` : null;
}

const tags = (list: string[]) => `(${list.map(quote).join(' | ')})`;

/** The words whose lexemes a query needs. */
function queryWords(q: IndexQuery): string[] {
  const out: string[] = [];
  const walk = (c: Clause) => (c.kind === 'or' ? c.items.forEach(walk) : out.push(...words(c.text)));
  q.must.forEach(walk);
  q.not.forEach(walk);
  return out;
}

/** The tsquery text for an index query, or null when nothing but a date range filters. */
export async function tsQuery(db: Db, q: IndexQuery, titleOnly = false): Promise<string | null> {
  await loadLexemes(db, queryWords(q));
  const must = [...q.must.map((c) => clause(c, titleOnly)), ...q.tagGroups.map(tags)].filter(
    (x): x is string => x !== null,
  );
  const not = [...q.not.map((c) => clause(c, false)), ...(q.notTags.length ? [tags(q.notTags)] : [])].filter(
    (x): x is string => x !== null,
  );
  if (!must.length && !not.length) return null;
  let out = must.length ? must.join(' & ') : `'a1'`;
  for (const n of not) out = `${out} & !${n}`;
  return out;
}
