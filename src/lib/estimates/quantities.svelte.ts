import { estimatorColours } from '../charts/colours';
import { dataset } from '../data/dataset.svelte';
import { indexQuantities } from './index';

/**
 * The quantities of the claims on screen, shared by the home page and the quantity pages so that
 * going from one to the other does not index them again; worked out when first asked for.
 */
class Quantities {
  index = $derived(indexQuantities(dataset.claims));
  colour = $derived(estimatorColours(dataset.claims));
}

export const quantities = new Quantities();
