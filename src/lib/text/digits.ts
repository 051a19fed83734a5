// Decimal digits of other scripts: Arabic-Indic (١٢), Persian/Urdu (۱۲), Devanagari (१२), Bengali (১২), Thai (๑๒),
// Lao (໑໒), Myanmar (၁၂, and Shan ႑႒), Khmer (១២). Each block runs from its zero to its nine.

/** The zeros of the digit blocks read. */
const NATIVE_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x1090, 0x17e0];
const FIRST = 0x0660;
const LAST = 0x17e9;

/** The zero of the digit block a UTF-16 unit belongs to, or 0 when it is no such digit. */
export function nativeZero(c: number): number {
  if (c < FIRST || c > LAST) return 0;
  for (const z of NATIVE_ZEROS) if (c >= z && c <= z + 9) return z;
  return 0;
}

/** The text with every digit of another script written as an ASCII digit (same length: offsets are kept). */
export function asciiDigits(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const z = nativeZero(text.charCodeAt(i));
    if (!z) continue;
    out ??= text.split('');
    out[i] = String.fromCharCode(48 + text.charCodeAt(i) - z);
  }
  return out ? out.join('') : text;
}
