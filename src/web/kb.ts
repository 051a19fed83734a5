// The knowledge base: our own Markdown pages in data/kb/, parsed and rendered once at startup.
import { readdirSync, readFileSync } from 'node:fs';
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
  /** Rendered HTML (raw HTML in the Markdown is escaped, not passed through). */
  html: string;
}

/** All pages, by slug and in reading order. */
export interface KnowledgeBase {
  pages: KbPage[];
  get(slug: string): KbPage | undefined;
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
export function parseKbPage(slug: string, source: string, where = slug): KbPage {
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
    html: md.parse(body, { async: false }) as string,
  };
}

/** Loads every .md file under the folder (default data/kb). */
export function loadKnowledgeBase(dir = dataPath('kb')): KnowledgeBase {
  const files = walk(dir);
  const pages = files
    .map((file) => parseKbPage(relative(dir, file).replace(/\.md$/, ''), readFileSync(file, 'utf8'), file))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  return { pages, get: (slug) => bySlug.get(slug) };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}
