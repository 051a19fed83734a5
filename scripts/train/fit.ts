// Trains every decision's model from its examples.
import type { AnalysisModel } from '../../src/analyze/learned/model.ts';
import { MODEL_FEATURES } from '../../src/analyze/learned/model.ts';
import type { Examples } from './examples.ts';
import { fitLogistic } from './logistic.ts';

/** Penalty on each standardised weight: strong enough that a few hundred articles do not let one cue decide alone. */
export const L2 = 1;

/** Least probability for a count of victims that the rules did not give to be reported. */
export const VICTIMS_MIN = 0.5;

/**
 * The decisions whose learned model is shipped: those that beat the rules alone in k-fold cross-validation on dev + dev2
 * (`npm run cv`). Forms, countries and victims models fitted no better than the rules there; `npm run cv -- --only
 * forms,countries,victims` measures them again.
 */
export const SHIPPED: (keyof Examples)[] = ['relevance', 'minors'];

/** Fits the models of the decisions named. */
export function trainModel(ex: Examples, only: (keyof Examples)[] = SHIPPED): AnalysisModel {
  const model: Record<string, unknown> = {};
  for (const name of only) {
    const rows = ex[name];
    if (!rows.length || rows.every((r) => r.y === rows[0]!.y)) continue;
    const features = [...MODEL_FEATURES[name]!];
    model[name] = fitLogistic(
      features,
      rows.map((r) => r.x),
      rows.map((r) => r.y),
      L2,
    );
  }
  if (model.victims) model.victimsMin = VICTIMS_MIN;
  return model as AnalysisModel;
}
