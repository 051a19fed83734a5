// The knowledge base: our own Markdown pages in data/kb/, parsed and rendered once at startup.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Marked } from 'marked';
import { inputError } from '../lib/errors.ts';
import { dataPath } from '../lib/paths.ts';
import { escapeHtml } from './html.ts';

/** One rendered knowledge-base page. */
export interface KbPage {
  /** URL slug: the file path without .md ("signs", "forms/labour"). */
  slug: string;
  title: string;
  summary: string;
  order: number;
  /** The language the page is written in (ISO 639-1). */
  lang: string;
  /** Rendered HTML (raw HTML in the Markdown is escaped, not passed through). */
  html: string;
}

/** All pages, by slug and in reading order (English), with their translations. */
export interface KnowledgeBase {
  pages: KbPage[];
  /** A page in the language when translated, else in English; undefined when there is no such page. */
  get(slug: string, lang?: string): KbPage | undefined;
}

const md = new Marked({ gfm: true }).use({
  renderer: {
    html: (token) => escapeHtml(token.text),
    link: ({ href, title, text }) => {
      const safe = /^(https?:\/\/|\/|#|mailto:)/i.test(href) ? href : '#';
      const external = /^https?:\/\//i.test(safe);
      return `<a href="${escapeHtml(safe)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' rel="noopener"' : ''}>${text}</a>`;
    },
  },
});

/** Parses one Markdown file with a `---` front matter of `key: value` lines (title, summary, order). */
export function parseKbPage(slug: string, source: string, where = slug, lang = 'en'): KbPage {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) throw inputError(`${where}: missing front matter (--- title: … ---)`);
  const meta = Object.fromEntries(
    m[1]!.split('\n').map((line) => {
      const i = line.indexOf(':');
      return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
    }),
  );
  if (!meta.title) throw inputError(`${where}: front matter has no title`);
  const body = source.slice(m[0].length);
  return {
    slug,
    title: meta.title,
    summary: meta.summary ?? '',
    order: Number(meta.order ?? 100),
    lang,
    html: md.parse(body, { async: false }) as string,
  };
}

function loadPages(dir: string, lang: string): KbPage[] {
  return walk(dir).map((file) =>
    parseKbPage(relative(dir, file).replace(/\.md$/, ''), readFileSync(file, 'utf8'), file, lang),
  );
}

/** Loads every .md file under the folder (default data/kb) and translations under `translated`/<lang>/. */
export function loadKnowledgeBase(dir = dataPath('kb'), translated = dataPath('kb-translations')): KnowledgeBase {
  const pages = loadPages(dir, 'en').sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const langs = existsSync(translated) ? readdirSync(translated).filter((l) => /^[a-z]{2}$/.test(l)) : [];
  const byLang = new Map<string, KbPage>();
  for (const lang of langs)
    for (const p of loadPages(join(translated, lang), lang)) {
      if (!bySlug.has(p.slug)) throw inputError(`${translated}/${lang}/${p.slug}.md: no English page ${p.slug}.md`);
      byLang.set(`${lang}/${p.slug}`, p);
    }
  return { pages, get: (slug, lang) => (lang && byLang.get(`${lang}/${slug}`)) || bySlug.get(slug) };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}
