import type { Claim } from '../../contract/schema';

/**
 * Whose estimate each claim is: the person or body it is attributed to, else the cited work's
 * author. Runs over all the claims at once, because one person is written differently in
 * different passages and documents.
 */
export function assignEstimators(claims: readonly Claim[]): Claim[] {
  return claims.map((c) => ({ ...c, estimator: c.attributed_to || (c.source_author.split(',')[0]?.trim() ?? '') }));
}
