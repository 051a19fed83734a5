// Hostile inputs made by code, not stored blobs: each generator names the bug class it probes.
import { Readable } from 'node:stream';

/** Titles in the scripts and letters that once lost their story (slug with letters the store refused). */
export const SCRIPT_TITLES: [script: string, title: string][] = [
  ['russian', 'Торговля людьми: в Казани освобождены работницы'],
  ['arabic', 'الاتجار بالبشر: تحرير عاملات في القاهرة'],
  ['serbian cyrillic', 'Трговина људима у Новом Саду'],
  ['greek', 'Εμπορία ανθρώπων στη Θεσσαλονίκη'],
  ['chinese', '警方解救被拐卖的工人'],
  ['german ß', 'Straße der Ausbeutung'],
  ['polish ł', 'Łódź: ofiary handlu ludźmi'],
  ['danish ø', 'Menneskehandel på Fyn: ø-arbejdere'],
  ['croatian đ', 'Đakovo: žrtve trgovine ljudima'],
  ['emoji only', '🚨🚨'],
];

/** Every character that breaks XML, PostgreSQL text or a terminal: C0 (but tab, LF, CR), DEL, C1, lone surrogates. */
export function controlCharacters(): string {
  const c0 = Array.from({ length: 32 }, (_, i) => i).filter((i) => i !== 9 && i !== 10 && i !== 13);
  const c1 = Array.from({ length: 33 }, (_, i) => 0x7f + i);
  return [...c0, ...c1].map((i) => String.fromCharCode(i)).join('') + '\ud800\udfff\ufffe\uffff';
}

/** A terminal escape that would recolour and retitle an operator's terminal. */
export const TERMINAL_ESCAPE = '\u001b[31m\u001b]0;owned\u0007';

/** `text` with a hostile character sprinkled after every `every` characters. */
export function sprinkle(text: string, chars: string, every = 7): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += text[i];
    if (i % every === every - 1) out += chars[((i / every) % chars.length) | 0];
  }
  return out;
}

/** A stream of `bytes` bytes of `fill` with no line break, then `tail` (lines that must still be read). */
export function longLine(bytes: number, tail = '', fill = 'x'): Readable {
  const block = Buffer.alloc(1 << 20, fill);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(tail);
        this.push(null);
        return;
      }
      const n = Math.min(left, block.length);
      left -= n;
      this.push(n === block.length ? block : block.subarray(0, n));
    },
  });
}

/** An endless stream of zero bytes (what /dev/zero or a runaway pipe gives), bounded only by its reader. */
export function endless(): Readable {
  const block = Buffer.alloc(1 << 16);
  return new Readable({
    read() {
      this.push(block);
    },
  });
}

/** A feed whose prolog pads `padBytes` of comment before a DOCTYPE that declares entities (billion laughs). */
export function paddedEntityFeed(padBytes: number): string {
  const pad = `<!--${'p'.repeat(padBytes)}-->`;
  const laughs = '<!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
  return `<?xml version="1.0"?>${pad}${laughs}<rss version="2.0"><channel><title>&b;</title></channel></rss>`;
}

/** A robots.txt with `rules` first and then `padBytes` of comment lines, optionally followed by `late` rules. */
export function paddedRobots(rules: string, padBytes: number, late = ''): string {
  const line = `# ${'c'.repeat(77)}\n`;
  return `${rules}\n${line.repeat(Math.ceil(padBytes / line.length))}${late}`;
}
