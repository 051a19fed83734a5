// The learned half of the analysis: logistic models trained by `npm run train` (data/models/analysis.json), checked on load.
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import { VICTIM_FEATURES } from '../facts/counts.ts';
import { FORM_FEATURES } from '../forms/candidates.ts';
import { COUNTRY_FEATURES } from '../geo/candidates.ts';
import { INCIDENT_FEATURES, MINORS_FEATURES, RELEVANCE_FEATURES } from './features.ts';
import type { Linear } from './linear.ts';

/** One model per decision; a decision whose model is absent is made by the rules alone. */
export interface AnalysisModel {
  relevance?: Linear;
  incident?: Linear;
  /** Scores each form the cues speak of. */
  forms?: Linear;
  /** Scores each country named. */
  countries?: Linear;
  /** Whether children are among the victims, when the text says who they are. */
  minors?: Linear;
  /** Scores each value given as a count of people. */
  victims?: Linear;
  /** Least probability for a count to be reported (below it, victims is null). */
  victimsMin?: number;
}

/** Where `npm run train` writes the model. */
export const MODEL_FILE = dataPath('models', 'analysis.json');

/** The features each model must list, in order (the code that builds the vectors owns them). */
export const MODEL_FEATURES: Record<string, readonly string[]> = {
  relevance: RELEVANCE_FEATURES,
  incident: INCIDENT_FEATURES,
  forms: FORM_FEATURES,
  countries: COUNTRY_FEATURES,
  minors: MINORS_FEATURES,
  victims: VICTIM_FEATURES,
};

/** Reads and checks the model file; a missing file means rules only. */
export function loadModel(file = MODEL_FILE): AnalysisModel {
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); rebuild it with npm run train`);
  }
  return checkModel(raw, file);
}

/** Checks a parsed model: each section's features must be the code's, with one finite weight, mean and scale each. */
export function checkModel(raw: unknown, where = 'model'): AnalysisModel {
  if (!raw || typeof raw !== 'object') throw new Error(`${where}: expected an object of models`);
  const obj = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, features] of Object.entries(MODEL_FEATURES)) {
    if (obj[name] === undefined) continue;
    out[name] = checkLinear(obj[name], features, `${where}: ${name}`);
  }
  for (const key of ['victimsMin']) {
    const v = obj[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(`${where}: ${key} must be a number in [0, 1]`);
    out[key] = v;
  }
  return out as AnalysisModel;
}

/** Checks one parsed logistic model against the code's features; `rebuild` names the command that makes it. */
export function checkLinear(
  raw: unknown,
  features: readonly string[],
  where: string,
  rebuild = 'npm run train',
): Linear {
  const m = raw as Partial<Linear>;
  if (!m || typeof m !== 'object' || !Array.isArray(m.features)) throw new Error(`${where}: expected {features, ...}`);
  if (m.features.join(',') !== features.join(','))
    throw new Error(`${where}: features [${m.features}] differ from the code's [${features}]; rebuild with ${rebuild}`);
  for (const key of ['mean', 'scale', 'weights'] as const) {
    const list = m[key];
    if (!Array.isArray(list) || list.length !== features.length || !list.every(Number.isFinite))
      throw new Error(`${where}: ${key} must hold ${features.length} finite numbers`);
  }
  if (!m.scale!.every((v) => v > 0)) throw new Error(`${where}: every scale must be above 0`);
  if (typeof m.bias !== 'number' || !Number.isFinite(m.bias)) throw new Error(`${where}: bias must be a finite number`);
  return m as Linear;
}
