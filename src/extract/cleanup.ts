// Text clean-up after the body is found: title, byline, dateline, captions, credits, "read more" lines, trailing boilerplate.

/** Paragraphs at most this many words can be a byline, dateline, credit or boilerplate line. */
const SHORT_WORDS = 14;
/** How many leading paragraphs are checked for a repeated title, byline or dateline. */
const HEAD_PARAGRAPHS = 4;

const CREDIT =
  /^(?:article|story|originally published|first published|republished|reprinted)\s+(?:from|by|in|on)\s*:?\s*(.*)$|^(?:source|sources|quelle|fuente|fonte|source de l'article)\s*:\s*(.*)$/i;
const BYLINE =
  /^(?:by|par|von|por|di|door|av|przez|от|written by|posted by|reporting by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\S+){0,8}$/iu;
const PHOTO_CREDIT =
  /^(?:\(?(?:photo|image|picture|video|graphic|illustration|foto|credit|photograph)s?(?:\s+(?:by|credit))?\s*[:/]|.*\b(?:getty images|ap photo|afp(?: via getty)?|reuters\/|epa-efe|shutterstock|istock|pa images|pa wire|bloomberg via getty)\b)/i;
const READ_MORE =
  /^(?:read more|read also|also read|see also|related|related articles?|related stories|recommended|more from|more on this|continue reading|click here|watch|listen|sign up|subscribe|follow us|follow \S+ on|share this|share on|advertisement|ad|sponsored|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leer más|lea también|leia também|leggi anche)\b\s*[:»>|-]?/i;
const TRAILING =
  /©|\bcopyright\b|all rights reserved|\bshare (?:this|on)\b|\bfollow us\b|\bsign up\b|\bsubscribe\b|\bnewsletter\b|\bcomments?\b|^tags?\s*:|filed under|have a tip|^topics?\s*:|^categories\s*:|click here|\bemail us\b|reporting by|editing by|\bwrite to\b|contributed to this report/i;
const DATE_LINE =
  /^(?:(?:published|updated|posted|last updated|modified|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado)\b[:\s]*)?[\w\s,.:;|/-]*\b(?:\d{4}|\d{1,2}:\d{2}\s*(?:am|pm)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+\s+(?:hours?|minutes?|days?)\s+ago)\b[\w\s,.:;|/()-]*$/i;

/** The cleaned text and what was taken out that callers keep. */
export interface CleanedText {
  text: string;
  sourceCredit: string | null;
}

/** Removes title, byline, dateline, credit, caption and boilerplate lines from paragraph text. */
export function cleanupText(text: string, title: string | null, byline: string | null): CleanedText {
  let paras = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const { kept, credit } = takeCredits(paras);
  paras = kept;
  paras = dropHead(paras, title, byline);
  paras = paras.filter((p) => !isNoiseLine(p));
  paras = dropTrailing(paras);
  return { text: paras.join('\n\n'), sourceCredit: credit };
}

function takeCredits(paras: string[]): { kept: string[]; credit: string | null } {
  let credit: string | null = null;
  const kept: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const m = words(p) <= SHORT_WORDS ? CREDIT.exec(p) : null;
    if (!m) {
      kept.push(p);
      continue;
    }
    let named = (m[1] ?? m[2] ?? '').trim();
    // "Article from:" with the source on the next short line.
    if (!named && i + 1 < paras.length && words(paras[i + 1]!) <= 6) named = paras[++i]!.trim();
    credit ??= named || null;
  }
  return { kept, credit };
}

function dropHead(paras: string[], title: string | null, byline: string | null): string[] {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const t = title ? norm(title) : null;
  const b = byline ? norm(byline) : null;
  return paras.filter((p, i) => {
    if (i >= HEAD_PARAGRAPHS || words(p) > SHORT_WORDS * 2) return true;
    const n = norm(p);
    if (t && (n === t || (t.length > 20 && t.startsWith(n) && n.length > 0.8 * t.length))) return false;
    if (b && (n === b || n === `by ${b}`)) return false;
    if (words(p) <= SHORT_WORDS && (BYLINE.test(p) || DATE_LINE.test(p))) return false;
    return true;
  });
}

function isNoiseLine(p: string): boolean {
  if (words(p) > SHORT_WORDS) return false;
  return PHOTO_CREDIT.test(p) || (READ_MORE.test(p) && !/[.!?]["”]?$/.test(p));
}

function dropTrailing(paras: string[]): string[] {
  let end = paras.length;
  while (end > 1) {
    const p = paras[end - 1]!;
    if (words(p) <= SHORT_WORDS * 2 && (TRAILING.test(p) || (words(p) <= 8 && DATE_LINE.test(p)))) end--;
    else break;
  }
  return paras.slice(0, end);
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
