import type { Claim } from '../contract/schema';
import { assignEstimators } from './claims/estimator';
import { extractDocument } from './pipeline';
import { assignQuantities } from './quantities/assign';

/** The columns finishCorpus fills; it leaves every other column of a claim as it was. */
export const CORPUS_COLUMNS = ['estimator', 'quantity'] as const satisfies readonly (keyof Claim)[];

/**
 * The steps that need every document's claims at once: one name per estimator across documents,
 * then the questions the claims answer. Run after extraction, on the command line over all the
 * documents read, and in the browser over the built-in claims and a reader's own.
 */
export function finishCorpus(claims: readonly Claim[]): Claim[] {
  return assignQuantities(assignEstimators(claims));
}

/** Documents (name and text) → their claims, finished as one corpus. */
export function extractCorpus(docs: readonly { name: string; text: string }[]): Claim[] {
  return finishCorpus(docs.flatMap((d) => extractDocument(d.name, d.text).claims));
}
