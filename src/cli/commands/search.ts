// `lantern search "query"`: the store's search from the command line, as text or JSON.
import { usageError } from '../../lib/errors.ts';
import { oneLine } from '../../lib/text.ts';
import { MARK_CLOSE, MARK_OPEN } from '../../store/search/snippet.ts';
import type { SearchHit, SearchQuery, SearchResult } from '../../store/store.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { withStore } from '../store-io.ts';

const FACETS = ['country', 'type', 'language', 'source', 'month', 'minors', 'incident', 'story'] as const;

/** Searches stored articles with the query language and facet filters. */
export const searchCommand: Command = {
  name: 'search',
  help: `
Usage: lantern search "QUERY" [options]

Searches the configured store. The query language:
  word word         both words (stemmed where the engine supports the language)
  "exact phrase"    the words in this order
  a OR b            either
  -word             without this word (also -country:NG, -type:sexual)
  title:word        in the title
  country:NG  type:labour  lang:en  source:12  story:5
  minors:yes  incident:no  from:2024-01  to:2024-06-30
An empty QUERY lists the newest articles matching the filters. Spelling variants and
synonyms (labor/labour, organization/organisation, …; data/search/variants.json) are
searched too, in words and in quoted phrases.

Options:
  --country CC      ISO country code (repeatable, or comma-separated: any of them)
  --type FORM       form of exploitation (repeatable): sexual, labour, domestic_servitude,
                    forced_criminality, forced_begging, forced_marriage, organ_removal,
                    illegal_adoption, child_soldiers, unspecified
  --language CODE   language (repeatable)
  --source ID       source id (repeatable)
  --story ID        articles of one story
  --from DATE       published on or after (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE         published on or before
  --minors yes|no   children among the victims
  --incident yes|no reports a specific case
  --published       published articles only
  --sort relevance|date
                    default: relevance with words, date without
  --by-story        one result per story (its lead article's credit and date),
                    facets counted per story
  --exact           words as typed, without spelling variants
  --limit N         hits per page (1-100, default 20)
  --cursor C        the next page (from the previous output)
  --facets LIST     facets to count (default all): ${FACETS.join(',')}
  --json            print the result as JSON
  --help            this help

Totals past 2,000 matches are estimated from the newest matches and marked "about".

Exit codes: 0 ok, 1 bad usage or query, 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('search', argv, {
      country: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      language: { type: 'string', multiple: true },
      source: { type: 'string', multiple: true },
      story: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      minors: { type: 'string' },
      incident: { type: 'string' },
      published: { type: 'boolean' },
      'by-story': { type: 'boolean' },
      exact: { type: 'boolean' },
      sort: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
      facets: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length > 1)
      throw usageError('search: expected one QUERY (quote it: lantern search "forced labour")');
    const query: SearchQuery = {
      q: positionals[0] ?? '',
      country: list(values.country),
      type: list(values.type),
      language: list(values.language),
      sourceId: list(values.source)?.map((v) => int('--source', v)),
      storyId: values.story === undefined ? undefined : int('--story', values.story),
      from: values.from,
      to: values.to,
      minors: yesNo('--minors', values.minors),
      incident: yesNo('--incident', values.incident),
      publishedOnly: values.published,
      sort: sortOf(values.sort),
      by: values['by-story'] ? 'story' : undefined,
      variants: values.exact ? false : undefined,
      limit: values.limit === undefined ? undefined : int('--limit', values.limit),
      cursor: values.cursor,
      facets: facetsOf(values.facets),
    };
    return withStore(io, async (store) => {
      const r = await store.search.run(query);
      io.stdout.write(values.json ? `${JSON.stringify(r, null, 2)}\n` : render(r));
      return 0;
    });
  },
};

function list(v: string[] | undefined): string[] | undefined {
  const out = v
    ?.flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
  return out?.length ? out : undefined;
}

function int(opt: string, v: string): number {
  if (!/^\d{1,9}$/.test(v)) throw usageError(`search ${opt} ${v}: expected a number`);
  return Number(v);
}

function yesNo(opt: string, v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  if (/^(yes|true|1)$/i.test(v)) return true;
  if (/^(no|false|0)$/i.test(v)) return false;
  throw usageError(`search ${opt} ${v}: expected yes or no`);
}

function sortOf(v: string | undefined): SearchQuery['sort'] {
  if (v === undefined || v === 'relevance' || v === 'date') return v;
  throw usageError(`search --sort ${v}: expected relevance or date`);
}

function facetsOf(v: string | undefined): SearchQuery['facets'] {
  if (v === undefined) return undefined;
  const out = v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = out.find((x) => !FACETS.includes(x as never));
  if (bad) throw usageError(`search --facets: unknown facet "${bad}" (expected ${FACETS.join(', ')})`);
  return out as SearchQuery['facets'];
}

function storyLine(s: NonNullable<SearchHit['story']>): string {
  const where = [...s.countries, ...s.types].join(', ');
  const n = `${s.articleCount} article${s.articleCount === 1 ? '' : 's'}, ${s.matches} matching`;
  return oneLine([`credit: ${s.credit ?? 'unknown'}`, where, n].filter(Boolean).join('; '), 300);
}

function render(r: SearchResult): string {
  const lines = [`${r.totalIsEstimate ? 'about ' : ''}${r.total} result${r.total === 1 ? '' : 's'}`];
  for (const h of r.hits) {
    const snippet = oneLine(h.snippet.replaceAll(MARK_OPEN, '[').replaceAll(MARK_CLOSE, ']'), 400);
    lines.push(
      '',
      `#${h.articleId}  ${h.publishedAt?.slice(0, 10) ?? '(no date)'}  ${oneLine(h.title, 300)}`,
      ...(h.story ? [`    story ${h.storyId} (${storyLine(h.story)})`] : []),
      `    ${snippet}`,
    );
  }
  const facets = Object.entries(r.facets).filter(([, v]) => v.length);
  if (facets.length) lines.push('');
  for (const [name, values] of facets) {
    lines.push(
      `${name}: ${values
        .slice(0, 12)
        .map((v) => `${v.value} (${v.count})`)
        .join(', ')}`,
    );
  }
  if (r.nextCursor) lines.push('', `next page: --cursor ${r.nextCursor}`);
  return `${lines.join('\n')}\n`;
}
