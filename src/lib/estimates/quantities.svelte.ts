import type { Claim } from '../../../contract/schema';
import { estimatorColours } from '../charts/colours';
import { dataset } from '../data/dataset.svelte';
import { indexQuantitiesInSlices, type QuantityIndex } from './quantity-index';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * The quantities of the claims on screen, shared by the home page and the quantity pages so that
 * going from one to the other does not index them again.
 */
class Quantities {
  #built = $state.raw<{ claims: readonly Claim[]; index: QuantityIndex } | null>(null);
  #of: readonly Claim[] | null = null;
  colour = $derived(estimatorColours(dataset.claims));

  /** The index of these claims, or null until `build` has made it. */
  indexOf(claims: readonly Claim[]): QuantityIndex | null {
    return this.#built?.claims === claims ? this.#built.index : null;
  }

  /** Indexes these claims, unless they are the ones indexed already, in slices between tasks. */
  async build(claims: readonly Claim[]): Promise<void> {
    if (this.#of === claims) return;
    this.#of = claims;
    const index = await indexQuantitiesInSlices(claims, nextTask);
    // Claims opened meanwhile have started their own index.
    if (this.#of === claims) this.#built = { claims, index };
  }
}

export const quantities = new Quantities();
