// Text fingerprints: normalised text, exact content hash, shingles, MinHash signature and 64-bit SimHash.
import { createHash } from 'node:crypto';

/** MinHash signature length (permutations). */
export const MINHASH_SIZE = 128;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Most shingles used per text (the first ones; long texts are mostly boilerplate past that). */
const MAX_SHINGLES = 4000;

/** Lines that only credit or frame a republished copy; dropped before fingerprinting (global: reset lastIndex). */
export const CREDIT_LINE =
  /^\s*(article from|source|originally published|this (article|story) (first )?(appeared|was published)|read more|related|share this|photo|image|copyright|©)\b.{0,200}$/gim;

/** Lower-cased, credit lines removed, punctuation to spaces, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .replace(CREDIT_LINE, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Hex SHA-256 of the normalised text: exact duplicates share it. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex');
}

/** Word tokens of normalised text; scripts written without spaces are cut into 2-character pieces. */
export function tokens(normalized: string): string[] {
  const out: string[] = [];
  for (const w of normalized.split(' ')) {
    if (!w) continue;
    if (w.length > 12 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(w)) {
      for (let i = 0; i < w.length; i += 2) out.push(w.slice(i, i + 2));
    } else out.push(w);
  }
  return out;
}

/** Distinct 32-bit hashes of the text's word shingles, sorted (compact, and cheap to intersect). */
export function shingleSet(text: string): Uint32Array {
  const t = tokens(normalizeText(text));
  const set = new Set<number>();
  const n = Math.max(1, t.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n && set.size < MAX_SHINGLES; i++) set.add(fnv1a(t.slice(i, i + SHINGLE_WORDS).join(' ')));
  return sortedHashes(set);
}

/** A set of hashes as a sorted Uint32Array. */
export function sortedHashes(set: Iterable<number>): Uint32Array {
  return Uint32Array.from(set).sort();
}

/** MinHash signature of a set of hashes (MINHASH_SIZE values). */
export function minhash(shingles: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = mix32(s ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** 64-bit SimHash (16 hex digits) of the text's words, weighted by frequency. */
export function simhash64(text: string): string {
  const v = new Int32Array(64);
  for (const w of tokens(normalizeText(text))) {
    const lo = fnv1a(w);
    const hi = mix32(lo ^ 0x9e3779b9);
    for (let b = 0; b < 32; b++) {
      v[b]! += (lo >>> b) & 1 ? 1 : -1;
      v[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let hex = '';
  for (let nib = 15; nib >= 0; nib--) {
    let x = 0;
    for (let k = 3; k >= 0; k--) x = (x << 1) | (v[nib * 4 + k]! > 0 ? 1 : 0);
    hex += x.toString(16);
  }
  return hex;
}

/**
 * Hashes of the text's names and numbers: capitalised words never written in lower case in the same text
 * (so sentence-initial common words drop out, in any language with case), and numbers. Copies keep them;
 * look-alike reports of another incident do not.
 */
export function entitySet(text: string): Uint32Array {
  const words =
    text
      .normalize('NFKC')
      .slice(0, 20_000)
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const lower = new Set(words.filter((w) => w === w.toLowerCase()));
  const out = new Set<number>();
  for (const w of words) {
    if (/^\p{N}+$/u.test(w)) out.add(fnv1a(w));
    else if (w !== w.toLowerCase() && !lower.has(w.toLowerCase())) out.add(fnv1a(w.toLowerCase()));
  }
  return sortedHashes(out);
}

/** Jaccard similarity and containment (overlap over the smaller set) of two sorted hash sets. */
export function overlap(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  const small = Math.min(a.length, b.length);
  return { jaccard: union ? inter / union : 0, containment: small ? inter / small : 0 };
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's 32-bit finaliser: a fast, well-mixed integer hash. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(i * 0x9e3779b9 + 0x7f4a7c15));
