// `lantern sources add|list|remove|import|export`: the monitored feeds, sitemaps and pages, with their hints.
import { writeFile } from 'node:fs/promises';
import { MAX_OPML_CHARS, opmlToSources, sourcesToOpml } from '../../feeds/opml.ts';
import { inputError, usageError } from '../../lib/errors.ts';
import { readInput } from '../../lib/input-file.ts';
import { oneLine } from '../../lib/text.ts';
import type { NewSource, SourceKind } from '../../model/records.ts';
import { removeSampleData } from '../../seed/demo.ts';
import type { Store } from '../../store/store.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../command.ts';
import { sourcesTable } from '../sources-table.ts';
import { withStore } from '../store-io.ts';

const KINDS: SourceKind[] = ['auto', 'rss', 'atom', 'rdf', 'jsonfeed', 'sitemap', 'page'];

/** Manages sources. */
export const sourcesCommand: Command = {
  name: 'sources',
  help: `
Usage: lantern sources add URL [--kind KIND] [--name NAME] [--credit NAME] [--language LL] [--country CC]
       lantern sources list [--broken] [--json]
       lantern sources remove ID|URL
       lantern sources import FILE.opml
       lantern sources export [FILE.opml]

A source is a feed (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed), a news sitemap, or a
single page. Hints help the analyzer and the credit line:

  --kind KIND      auto (default: detected on first fetch), rss, atom, rdf, jsonfeed,
                   sitemap or page (the URL itself is one article)
  --name NAME      the source's name
  --credit NAME    name shown in "Article from: NAME" (default: the page's own credit,
                   else the name)
  --language LL    language of the source's articles (ISO 639-1, e.g. en)
  --country CC     country the source covers (ISO 3166-1 alpha-2, e.g. NG)

list prints a table with headings: id, kind, state (ok, failing, back-off,
disabled), consecutive errors, last fetch and next attempt (UTC), language,
country, name and URL, and each source's last error on the line below.
  --broken         only sources whose last attempt failed
  --json           JSON array (every field of each source) instead of a table

import reads OPML (folders flattened; language, country, creditName and kind
attributes kept); URLs already present are skipped. export writes OPML to FILE or
standard output.

The store is the one configured by LANTERN_DATA_DIR / LANTERN_DATABASE_URL.
Exit codes: 0 ok, 1 bad usage or input, 2 internal error.
`,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const handler = sub ? SUBCOMMANDS[sub] : undefined;
    if (!handler)
      throw usageError(`sources: expected add, list, remove, import or export (see: lantern sources --help)`);
    return withStore(io, (store) => handler(rest, io, store));
  },
};

type Sub = (argv: string[], io: CliIo, store: Store) => Promise<number>;

/** The first real source ends the demo: the fictional samples never mix with monitored news. */
async function endDemo(store: Store, io: CliIo): Promise<void> {
  const r = await removeSampleData(store);
  if (r.stories || r.articles)
    io.stdout.write(
      `removed the ${r.stories} fictional sample stories (${r.articles} articles): the monitor has a source now\n`,
    );
}

const SUBCOMMANDS: Record<string, Sub> = {
  async add(argv, io, store) {
    const { values, positionals } = parseCommandArgs('sources add', argv, {
      kind: { type: 'string' },
      name: { type: 'string' },
      credit: { type: 'string' },
      language: { type: 'string' },
      country: { type: 'string' },
    });
    if (positionals.length !== 1) throw usageError('sources add: expected one URL');
    const source = validSource({
      url: positionals[0]!,
      kind: (values.kind ?? 'auto') as SourceKind,
      name: values.name ?? null,
      creditName: values.credit ?? null,
      language: values.language ?? null,
      country: values.country ?? null,
    });
    const known = await store.sources.byUrl(source.url);
    if (known) throw inputError(`${source.url}: already a source (#${known.id})`);
    const added = await store.sources.add({ ...source, nextFetchAt: new Date().toISOString() });
    io.stdout.write(`added source #${added.id} ${added.url}\n`);
    await endDemo(store, io);
    return 0;
  },

  async list(argv, io, store) {
    const { values } = parseCommandArgs('sources list', argv, {
      broken: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const sources = await store.sources.list({ broken: !!values.broken });
    if (values.json) io.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
    else io.stdout.write(sourcesTable(sources));
    return 0;
  },

  async remove(argv, io, store) {
    const { positionals } = parseCommandArgs('sources remove', argv, {});
    if (positionals.length !== 1) throw usageError('sources remove: expected one ID or URL');
    const key = positionals[0]!;
    const source = /^\d+$/.test(key) ? await store.sources.get(Number(key)) : await store.sources.byUrl(key);
    if (!source || !(await store.sources.remove(source.id))) throw inputError(`${key}: no such source`);
    io.stdout.write(`removed source #${source.id} ${source.url}\n`);
    return 0;
  },

  async import(argv, io, store) {
    const { positionals } = parseCommandArgs('sources import', argv, {});
    if (positionals.length !== 1) throw usageError('sources import: expected one OPML FILE');
    const file = positionals[0]!;
    const text = (await readInput(file, MAX_OPML_CHARS, io.stdin)).toString('utf8');
    // Every outline is checked before any is saved, and all are saved in one transaction: all or nothing.
    const now = new Date().toISOString();
    const sources = opmlToSources(text, file).map((s, i) => ({
      ...validSource(s, `${file}: outline ${i + 1}`),
      nextFetchAt: now,
    }));
    const { added, skipped } = await store.sources.addMany(sources);
    io.stdout.write(`imported ${added.length} sources from ${file}${skipped ? ` (${skipped} already present)` : ''}\n`);
    if (added.length) await endDemo(store, io);
    return 0;
  },

  async export(argv, io, store) {
    const { positionals } = parseCommandArgs('sources export', argv, {});
    const opml = sourcesToOpml(await store.sources.list());
    if (positionals[0] && positionals[0] !== '-') await writeFile(positionals[0], opml);
    else io.stdout.write(opml.endsWith('\n') ? opml : `${opml}\n`);
    return 0;
  },
};

/** Checks a new source's fields: an http(s) URL, a known kind, ISO-looking hints. */
export function validSource(s: NewSource, where = 'sources add'): NewSource {
  let url: URL;
  try {
    url = new URL(s.url.trim());
  } catch {
    throw inputError(`${where}: ${JSON.stringify(s.url)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw inputError(`${where}: ${s.url}: only http(s) URLs`);
  if (s.kind && !KINDS.includes(s.kind))
    throw inputError(`${where}: --kind ${s.kind}: expected one of ${KINDS.join(', ')}`);
  if (s.language && !/^[a-z]{2,3}$/i.test(s.language))
    throw inputError(`${where}: language ${JSON.stringify(s.language)}: expected an ISO 639-1 code such as en`);
  if (s.country && !/^[a-z]{2}$/i.test(s.country))
    throw inputError(`${where}: country ${JSON.stringify(s.country)}: expected an ISO 3166-1 alpha-2 code such as NG`);
  const line = (v: string | null | undefined) => (typeof v === 'string' ? oneLine(v, 200) || null : v);
  return {
    ...s,
    url: url.href,
    name: line(s.name),
    creditName: line(s.creditName),
    language: s.language?.toLowerCase() ?? null,
    country: s.country?.toUpperCase() ?? null,
  };
}
