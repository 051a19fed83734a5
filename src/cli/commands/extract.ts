// `lantern extract`: an HTML page or a JSONL batch of pages → the article as JSON (the contract in DESIGN.md).
import { decodeHtml } from '../../extract/decode.ts';
import { extractPage, MAX_HTML_CHARS } from '../../extract/extract.ts';
import { inputError } from '../../lib/errors.ts';
import { readInput, streamInput } from '../../lib/input-file.ts';
import { mapJsonl } from '../../lib/jsonl.ts';
import type { ExtractedArticle } from '../../model/article.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

/** Largest page file read, in bytes. */
const MAX_PAGE_BYTES = MAX_HTML_CHARS;

/** Extracts the article (title, body, byline, dates, language, canonical URL, ...) from HTML pages. */
export const extractCommand: Command = {
  name: 'extract',
  help: `
Usage: lantern extract [FILE|-] [--url URL] [--content-type TYPE] [--jsonl] [--compact]

Reads an HTML page from FILE or standard input and prints the article as JSON:
title, text (paragraphs separated by a blank line), byline, published, updated,
language, canonicalUrl, siteName, image, sourceCredit ("Article from: ..." /
"Source: ..." lines, taken out of the text) and extractor (the stage of the
cascade that produced the body: site-rules, score, readability, json-ld, fallback).

The page's bytes are decoded by the HTTP Content-Type charset (--content-type),
a byte-order mark, <meta charset>, or sniffing (UTF-8, else windows-1252).
Pages over ${MAX_PAGE_BYTES} bytes are refused.

Options:
  --url URL            the page's address (for relative links and dates in the URL)
  --content-type TYPE  the HTTP Content-Type header the page came with
  --jsonl              batch mode: each input line is {"id","url","html"}; one output
                       line per input line, same order, {"id","title","text","byline",
                       "published","language",...}; a page without an article or a
                       bad line gets {"id","error"} and the batch goes on
  --compact            one-line JSON instead of indented
  --help               this help

Exit codes: 0 ok, 1 bad usage or input (including "no article found"), 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('extract', argv, {
      jsonl: { type: 'boolean' },
      compact: { type: 'boolean' },
      url: { type: 'string' },
      'content-type': { type: 'string' },
    });
    if (positionals.length > 1) throw inputError(`expected at most one FILE, got ${positionals.length}`);
    const file = positionals[0] ?? '-';
    if (values.jsonl) {
      await mapJsonl(await streamInput(file, io.stdin), io.stdout, (row) => extractRow(row));
      return 0;
    }
    const bytes = await readInput(file, MAX_PAGE_BYTES, io.stdin);
    const where = file === '-' ? 'standard input' : file;
    const html = decodeHtml(bytes, values['content-type']);
    const outcome = extractPage(html, values.url ?? '');
    if (!outcome.article) throw inputError(`${where}: ${outcome.reason}`);
    io.stdout.write(`${JSON.stringify(outcome.article, null, values.compact ? undefined : 2)}\n`);
    return 0;
  },
};

function extractRow(row: Record<string, unknown>): ExtractedArticle {
  if (typeof row.html !== 'string') throw inputError('expected "html" (a string)');
  const url = typeof row.url === 'string' ? row.url : '';
  const outcome = extractPage(row.html, url);
  if (!outcome.article) throw inputError(outcome.reason);
  return outcome.article;
}
