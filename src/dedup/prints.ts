// Every fingerprint of one article, computed together (in the CPU stage) from its title, text and analysis.
import type { Analysis } from '../model/analysis.ts';
import { contentHash, entitySet, minhash, shingleSet, simhash64 } from './fingerprint.ts';
import { type IncidentPrint, incidentPrint } from './incident.ts';
import { bandKeys } from './lsh.ts';
import type { NearPrint } from './near.ts';
import { storyKeys } from './story.ts';

/** Fingerprints for exact and near duplicates and for story clustering. */
export interface ArticlePrints {
  contentHash: string;
  simhash: string;
  near: NearPrint;
  nearKeys: string[];
  /** Only for relevant articles (stories are made of them). */
  incident: IncidentPrint | null;
  storyKeys: string[];
}

/** Computes an article's fingerprints; the content hash is of the body alone (titles change between copies).
 * Near-duplicate and story prints are made for relevant articles only: the others are never compared. */
export function articlePrints(title: string, text: string, analysis: Analysis | null): ArticlePrints {
  const exact = { contentHash: contentHash(text), simhash: simhash64(text) };
  if (!analysis?.relevant) {
    const none = new Uint32Array(0);
    return { ...exact, near: { shingles: none, entities: none }, nearKeys: [], incident: null, storyKeys: [] };
  }
  const full = `${title}\n\n${text}`;
  const near = { shingles: shingleSet(full), entities: entitySet(full) };
  const incident = incidentPrint(title, text, analysis);
  return {
    ...exact,
    near,
    nearKeys: bandKeys(minhash(near.shingles)),
    incident,
    storyKeys: storyKeys(incident),
  };
}
