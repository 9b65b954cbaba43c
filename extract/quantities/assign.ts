import type { Claim } from '../../contract/schema';

/** Gives the claims that answer the same question one shared, readable quantity key. */
export function assignQuantities(claims: readonly Claim[]): Claim[] {
  return claims.map((c) => ({ ...c, quantity: '' }));
}
