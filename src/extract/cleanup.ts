// Text clean-up after the body is found: title, byline, dateline, captions, credits, "read more" lines, trailing boilerplate.

/** Paragraphs at most this many words can be a byline, dateline, credit or boilerplate line. */
const SHORT_WORDS = 14;
/** A notice (cookies, newsletter, affiliate links) has at most this many words. */
const NOISE_WORDS = 40;
/** A dateline ("Updated Nov 19, 9:41 AM") has at most this many words. */
const DATE_WORDS = 10;
/** How many leading paragraphs are checked for a repeated title, byline or dateline. */
const HEAD_PARAGRAPHS = 4;

const CREDIT =
  /^(?:article|story)\s+from\s*:?\s*(.*)$|^(?:source|sources|quelle|fuente|fonte|source de l'article)\s*:\s*(.*)$/i;
const BYLINE =
  /^(?:by|par|von|por|di|door|av|przez|от|written by|posted by|reporting by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\S+){0,8}$/iu;
const PHOTO_CREDIT =
  /^(?:\(?(?:photo|image|picture|video|graphic|illustration|foto|credit|photograph)s?(?:\s+(?:by|credit))?\s*[:/]|.*\b(?:getty images|ap photo|afp(?: via getty)?|reuters\/|epa-efe|shutterstock|istock|pa images|pa wire|bloomberg via getty)\b)/i;
const READ_MORE =
  /^(?:read more|read also|also read|see also|related|related articles?|related stories|recommended|more from|more on this|continue reading|click here|watch|listen|sign up|subscribe|follow us|follow \S+ on|share this|share on|advertisement|ad|sponsored|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leer más|lea también|leia também|leggi anche)\b\s*[:»>|-]?/i;
/** Lines that are page furniture wherever they stand (labels, prompts, notices), when short. */
const NOISE_LINE = new RegExp(
  [
    String.raw`^(?:advert|advertisement|advertising|ad|ads|anzeige|publicité|publicidad|pubblicità|iklan|reklama|sponsored|sponsored content|video|videos|photos?|gallery|topics|tags|trending|trending stories|back to top|top|menu|share|shares|print|email|comments?|don'?t miss|more|more:|like this:?|you may also like\W*|you might also like\W*|recommended for you|most read|most popular|story continues below|continue reading below|article continues below|scroll to continue)$`,
    String.raw`^(?:reading time|read time|estimated reading time|tempo de leitura|temps de lecture|lesezeit|tiempo de lectura)\b`,
    String.raw`^\d+\s*(?:min|mins|minutes?)\s+(?:read|de lecture|de leitura|lesezeit)$`,
    String.raw`\b(?:requires javascript|enable javascript|javascript is disabled|javascript must be enabled)\b`,
    String.raw`\bclick here\b|^(?:sign up|subscribe)\b|\b(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?(?:newsletter|daily|weekly|free)|\bsubscribe (?:now|today)\b`,
    String.raw`^(?:like this|liked this|enjoyed this|share this)\b.*\b(?:share|friend|story|article)\b`,
    String.raw`^follow\b.*\b(?:facebook|twitter|instagram|linkedin|youtube|telegram|whatsapp)\b`,
    String.raw`^(?:video player is loading|this is a modal window|beginning of dialog window|end of dialog window|current time \d|duration \d|remaining time|stream type live|loaded: \d|playback rate|chapters|descriptions off|captions settings|subtitles off)`,
    String.raw`^https?://\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?$`,
  ].join('|'),
  'iu',
);
const RELATED_HEADING =
  /^(?:more|related|recommended|popular|trending|latest|top|other|further|editor'?s? picks?)\b.{0,40}\b(?:stories|articles|news|posts|reads|videos|coverage|headlines|from)\W*$|^(?:related|recommended|read next|up next|what to read next|most read|most popular|you may also like|you might also like)\W*$/i;
/** Notices that can run longer: cookies, affiliate links, newsletter prompts. */
const NOTICE =
  /\b(?:may contain|contains) affiliate\b|\buses cookies\b|\bcookie policy\b|\bnewsletters?\b.*\b(?:inbox|sign up|subscribe|delivered)\b|\b(?:inbox|sign up|subscribe)\b.*\bnewsletters?\b/i;
const TRAILING =
  /©|\bcopyright\b|all rights reserved|\bshare (?:this|on)\b|\bfollow (?:us|him|her|them|me)\b|^(?:subscribe|sign up|join|get access|download|follow|click|tap|like us|support)\b|\bjoin our\b|\b(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?(?:newsletter|daily|weekly|free)|\bnewsletter\b|^\d*\s*comments?\b|\b(?:leave|post|add|view|show|read) (?:a |the |all )?comments?\b|\bcomments? (?:are|is) (?:closed|moderated)\b|^tags?\s*:|filed under|have a tip|^topics?\s*:|^categories\s*:|click here|\bemail us\b|^write to\b|contributed to this report|contributed reporting|tell us what you think|^(?:\S+\s+){1,4}is\s.{0,60}\b(?:curator|editor|writer|reporter|correspondent|contributor)\b/i;
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre`;
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:published|updated|posted|last updated|modified|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado)\b[:\s]*)?[\p{L}\p{N}\s,.:;|/()-]*` +
    String.raw`(?:\b(?:${MONTH_WORD})\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:${MONTH_WORD})\b|\b\d{1,2}:\d{2}\s*(?:am|pm)?|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b)` +
    String.raw`[\p{L}\p{N}\s,.:;|/()-]*$`,
  'iu',
);

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
  paras = cutAtRelatedHeading(paras);
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
    if ((words(p) <= SHORT_WORDS && BYLINE.test(p)) || (words(p) <= DATE_WORDS && DATE_LINE.test(p))) return false;
    return true;
  });
}

function isNoiseLine(p: string): boolean {
  if (words(p) > NOISE_WORDS) return false;
  if (NOTICE.test(p)) return true;
  if (words(p) > SHORT_WORDS * 1.5) return false;
  if (NOISE_LINE.test(p)) return true;
  if (words(p) > SHORT_WORDS) return false;
  return PHOTO_CREDIT.test(p) || (READ_MORE.test(p) && !/[.!?]["”]?$/.test(p));
}

/** In the second half of the text, a short "More stories" style heading starts the page's link lists. */
function cutAtRelatedHeading(paras: string[]): string[] {
  for (let i = Math.ceil(paras.length / 2); i < paras.length; i++) {
    const p = paras[i]!;
    if (words(p) <= 8 && RELATED_HEADING.test(p)) return paras.slice(0, i);
  }
  return paras;
}

function dropTrailing(paras: string[]): string[] {
  let end = paras.length;
  while (end > 1) {
    const p = paras[end - 1]!;
    if (words(p) <= SHORT_WORDS * 2 && (TRAILING.test(p) || (words(p) <= DATE_WORDS && DATE_LINE.test(p)))) end--;
    else break;
  }
  return paras.slice(0, end);
}

/** Word count, stopping early past any limit the clean-up uses (hot: called for every paragraph). */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= NOISE_WORDS; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
