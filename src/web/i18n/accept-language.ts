// Accept-Language (RFC 9110 §12.5.4) parsed leniently: a malformed header or entry is ignored, never an error.
import { DEFAULT_LANG, isLang, type Lang } from './langs.ts';

/** Longest header read; the rest is ignored. */
const MAX_HEADER = 512;

/** The language ranges of a header with their weights, best first (malformed entries dropped). */
export function parseAcceptLanguage(header: string | undefined | null): { range: string; q: number }[] {
  if (!header) return [];
  const out: { range: string; q: number; i: number }[] = [];
  header
    .slice(0, MAX_HEADER)
    .split(',')
    .slice(0, 30)
    .forEach((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const range = (tag ?? '').trim().toLowerCase();
      if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(range)) return;
      let q = 1;
      for (const p of params) {
        const m = /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.exec(p);
        if (!m) return;
        q = Number(m[1]);
      }
      if (q > 0) out.push({ range, q, i });
    });
  return out.sort((a, b) => b.q - a.q || a.i - b.i).map(({ range, q }) => ({ range, q }));
}

/** The interface language a header asks for first (its primary subtag), or English. */
export function pickLang(header: string | undefined | null): Lang {
  for (const { range } of parseAcceptLanguage(header)) {
    if (range === '*') return DEFAULT_LANG;
    const primary = range.split('-')[0]!;
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}
