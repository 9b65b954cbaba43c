import type { RowError } from '../csv';
import type { Claim } from '../schema';
import { loadDefaultClaims } from './load';

/**
 * The claims every view shows, loaded once per page load. Arrays are `$state.raw`: 50,000 claims
 * must not be wrapped in deep proxies, and they are replaced, never mutated.
 */
class Dataset {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  claims = $state.raw<Claim[]>([]);
  errors = $state.raw<RowError[]>([]);
  message = $state('');
  byId = $derived(new Map(this.claims.map((c) => [c.claim_id, c])));

  async load(url: string): Promise<void> {
    if (this.status !== 'idle') return;
    this.status = 'loading';
    try {
      const parsed = await loadDefaultClaims(url);
      this.claims = parsed.claims;
      this.errors = parsed.errors;
      this.status = 'ready';
    } catch (e) {
      this.message = e instanceof Error ? e.message : String(e);
      this.status = 'error';
    }
  }
}

export const dataset = new Dataset();
