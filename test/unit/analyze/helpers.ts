// One analyzer for the analysis tests (loading the language model takes a moment).
import { type Analyzer, loadAnalyzer } from '../../../src/analyze/analyzer.ts';
import type { Analysis } from '../../../src/model/analysis.ts';

let loaded: Promise<Analyzer> | undefined;

/** Analyses a composed article (title + body). */
export async function analyze(title: string, text: string): Promise<Analysis> {
  loaded ??= loadAnalyzer();
  return (await loaded).analyze({ id: 't', title, text });
}
