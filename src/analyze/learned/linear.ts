// A logistic model over named features: the learned half of a decision (weights in data/models/analysis.json).

/** One logistic model: standardised features, one weight each, a bias. */
export interface Linear {
  /** Feature names, in the order the stage that builds the vector writes them. */
  features: string[];
  /** Mean and spread of each feature on the training data (features are standardised before weighing). */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** The model's log-odds for one feature vector. */
export function logit(model: Linear, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++)
    z += (model.weights[i]! * ((x[i] ?? 0) - model.mean[i]!)) / model.scale[i]!;
  return z;
}

/** The model's probability for one feature vector. */
export function probability(model: Linear, x: readonly number[]): number {
  return 1 / (1 + Math.exp(-logit(model, x)));
}

/** The features that pushed a decision most, largest contribution first (for reasons shown to editors and tests). */
export function strongest(model: Linear, x: readonly number[], n = 3): { feature: string; contribution: number }[] {
  return model.features
    .map((feature, i) => ({
      feature,
      contribution: (model.weights[i]! * ((x[i] ?? 0) - model.mean[i]!)) / model.scale[i]!,
    }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, n);
}

/** log(1 + x) for non-negative cue weights: the tenth cue adds less than the first. */
export function soft(x: number): number {
  return Math.log1p(Math.max(0, x));
}
