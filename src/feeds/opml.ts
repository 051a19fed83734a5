// OPML import and export of sources, with Lantern's hints (language, country, credit name) as extra attributes.
import { generateOpml, parseOpml } from 'feedsmith';
import { inputError, messageOf } from '../lib/errors.ts';
import type { NewSource, Source, SourceKind } from '../model/records.ts';

/** Largest OPML file read (characters). */
export const MAX_OPML_CHARS = 5 * 1024 * 1024;
const EXTRA = ['country', 'creditName', 'kind'] as const;
const KINDS: SourceKind[] = ['rss', 'atom', 'rdf', 'jsonfeed', 'sitemap', 'page', 'auto'];

interface Outline {
  text?: string;
  title?: string;
  type?: string;
  xmlUrl?: string;
  language?: string;
  country?: unknown;
  creditName?: unknown;
  kind?: unknown;
  outlines?: Outline[];
}

/** Reads an OPML document into new sources (nested folders flattened); `where` names the file in errors. */
export function opmlToSources(text: string, where: string): NewSource[] {
  if (text.length > MAX_OPML_CHARS) throw inputError(`${where}: larger than ${MAX_OPML_CHARS} characters`);
  if (/<!ENTITY/i.test(text)) throw inputError(`${where}: declares XML entities (<!ENTITY>), refused`);
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(text, { extraOutlineAttributes: EXTRA }) as typeof doc;
  } catch (err) {
    throw inputError(`${where}: not a valid OPML document (${messageOf(err)})`);
  }
  return flatten(doc.body?.outlines ?? []).map(toSource);
}

function flatten(outlines: Outline[], depth = 0): Outline[] {
  if (depth > 20) return [];
  return outlines.flatMap((o) => [...(o.xmlUrl ? [o] : []), ...flatten(o.outlines ?? [], depth + 1)]);
}

function toSource(o: Outline): NewSource {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const kind = KINDS.find((k) => k === str(o.kind)) ?? 'auto';
  return {
    url: o.xmlUrl!.trim(),
    kind,
    name: str(o.title) ?? str(o.text),
    creditName: str(o.creditName),
    language: str(o.language),
    country: str(o.country)?.toUpperCase() ?? null,
  };
}

/** Writes sources as an OPML 2.0 document that `opmlToSources` reads back unchanged. */
export function sourcesToOpml(sources: Source[], title = 'Lantern sources'): string {
  const outlines = sources.map((s) => ({
    text: s.name ?? s.url,
    ...(s.name ? { title: s.name } : {}),
    type: s.kind === 'jsonfeed' || s.kind === 'sitemap' || s.kind === 'page' ? s.kind : 'rss',
    xmlUrl: s.url,
    ...(s.language ? { language: s.language } : {}),
    ...(s.country ? { country: s.country } : {}),
    ...(s.creditName ? { creditName: s.creditName } : {}),
    kind: s.kind,
  }));
  return generateOpml({ head: { title }, body: { outlines } }, { extraOutlineAttributes: EXTRA });
}
