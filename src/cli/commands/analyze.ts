// `lantern analyze`: one article or a JSONL batch → analysis JSON (the contract in DESIGN.md).
import { loadAnalyzer } from '../../analyze/analyzer.ts';
import { decodeHtml } from '../../extract/decode.ts';
import { extractArticle, MAX_HTML_CHARS } from '../../extract/extract.ts';
import { inputError } from '../../lib/errors.ts';
import { readInput, streamInput } from '../../lib/input-file.ts';
import { mapJsonl } from '../../lib/jsonl.ts';
import type { ArticleInput } from '../../model/article.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

/** Reads one article (text or HTML) and prints its analysis. */
export const analyzeCommand: Command = {
  name: 'analyze',
  help: `
Usage: lantern analyze [FILE|-] [--jsonl] [--compact]

Reads one article — plain text, or an HTML page (title from og:title or <title>) —
from FILE or standard input and prints its analysis as indented JSON: relevance,
incident, forms of exploitation, countries and places, minors, victims, evidence,
language flags.

Options:
  --jsonl     batch mode: each input line is {"id","url","title","text"} (or "html"
              instead of "text"); one output line per input line, same order; a bad
              line gets {"id","error"} and the batch goes on
  --compact   one-line JSON instead of indented
  --help      this help

Exit codes: 0 ok, 1 bad usage or input, 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('analyze', argv, {
      jsonl: { type: 'boolean' },
      compact: { type: 'boolean' },
    });
    if (positionals.length > 1) throw inputError(`expected at most one FILE, got ${positionals.length}`);
    const analyzer = await loadAnalyzer();
    const file = positionals[0] ?? '-';
    if (values.jsonl) {
      await mapJsonl(await streamInput(file, io.stdin), io.stdout, (row, lineNo) =>
        analyzer.analyze(rowToArticle(row, lineNo)),
      );
      return 0;
    }
    const raw = await readInput(file, MAX_HTML_CHARS, io.stdin);
    const article = toArticle(raw, file);
    io.stdout.write(`${JSON.stringify(analyzer.analyze(article), null, values.compact ? undefined : 2)}\n`);
    return 0;
  },
};

const HTML_START = /^\s*(<!doctype html|<html|<head|<body|<article|<\?xml)/i;

/** Plain text is UTF-8; an HTML page is decoded by its BOM, <meta charset> or sniffing. */
function toArticle(bytes: Buffer, where: string): ArticleInput & { text: string } {
  const head = bytes
    .subarray(0, 1024)
    .toString('latin1')
    .replace(/^\xef\xbb\xbf|^\xff\xfe|^\xfe\xff/, '');
  if (HTML_START.test(head)) return fromHtml({ id: where, html: decodeHtml(bytes) }, where);
  const raw = bytes.toString('utf8');
  if (!raw.trim()) throw inputError(`${where === '-' ? 'standard input' : where}: empty input, expected an article`);
  const [first = '', ...rest] = raw.split('\n');
  return { id: where, title: first.trim(), text: rest.join('\n').trim() || first };
}

function fromHtml(input: ArticleInput & { html: string }, where: string): ArticleInput & { text: string } {
  const page = extractArticle(input.html, input.url);
  if (!page) throw inputError(`${where}: no article found in the HTML`);
  return { ...input, title: input.title || page.title || '', text: page.text, languageHint: input.languageHint };
}

function rowToArticle(row: Record<string, unknown>, lineNo: number): ArticleInput & { text: string } {
  const id = row.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw inputError('missing "id" (string or number)');
  const str = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : undefined);
  const base = { id: String(id), url: str('url'), title: str('title') };
  const html = str('html');
  if (html !== undefined) return fromHtml({ ...base, html }, `line ${lineNo}`);
  const text = str('text');
  if (text === undefined) throw inputError('expected "text" or "html" (a string)');
  return { ...base, text };
}
