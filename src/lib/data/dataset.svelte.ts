import type { ParsedClaims, RowError } from '../../../contract/csv';
import type { Claim } from '../../../contract/schema';
import { estimatorColours } from '../charts/colours';
import type { FirstView } from './first-view';
import { loadDefaultClaims, loadFirstView, parseCsvFile } from './load';
import { notTextReason, unusableReason } from './sniff';

/** How much of a file is looked at to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;

/** Resolves once the next frame is painted, or after a while in a hidden tab, which paints none. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 500);
  });
}

/**
 * The claims every view shows: the built-in dataset, or a CSV the user opened. Arrays are
 * `$state.raw`: 50,000 claims must not be wrapped in deep proxies, and they are replaced, never
 * mutated.
 */
class Dataset {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  claims = $state.raw<Claim[]>([]);
  errors = $state.raw<RowError[]>([]);
  message = $state('');
  /** The user's file name, or null for the built-in data. */
  fileName = $state<string | null>(null);
  /** The name of the user's file while it is read and checked. */
  uploading = $state<string | null>(null);
  /** Why the last file opened was not used; the claims on screen stay. Empty when it was. */
  refused = $state('');
  byId = $derived(new Map(this.claims.map((c) => [c.claim_id, c])));
  /** Every estimator's colour, over all the claims, so a filter never changes a colour. */
  colourOf = $derived(estimatorColours(this.claims));
  /** The home page's first view, worked out at build time from the built-in claims. */
  preview = $state.raw<FirstView | null>(null);

  #builtIn: ParsedClaims | null = null;
  #builtInRead: ((claims: readonly Claim[]) => void) | null = null;
  #builtInClaims = new Promise<readonly Claim[]>((resolve) => (this.#builtInRead = resolve));

  async load(): Promise<void> {
    if (this.status !== 'idle') return;
    this.status = 'loading';
    try {
      await this.#showPreview();
      this.#builtIn = await loadDefaultClaims();
      this.#builtInRead?.(this.#builtIn.claims);
      if (this.fileName === null) this.#show(this.#builtIn, null);
    } catch (e) {
      this.message = e instanceof Error ? e.message : String(e);
      this.status = 'error';
    }
  }

  /**
   * The first view is painted before the claims are unpacked: unpacking 50,000 claims holds the
   * page's thread for a few hundred milliseconds, which would otherwise come before the paint.
   */
  async #showPreview(): Promise<void> {
    const first = await loadFirstView();
    if (!first) return;
    this.preview = first;
    // The built-in claims' row errors, shown with their first view; a user's file has its own.
    if (this.fileName === null) this.errors = first.errors;
    await afterPaint();
  }

  /**
   * Reads, parses and validates a user's CSV off the main thread; rows that fail are listed. A
   * file that is not a claims CSV at all is refused with one message, and the claims on screen
   * stay.
   */
  async open(file: File): Promise<void> {
    this.uploading = file.name;
    this.refused = '';
    try {
      const reason = notTextReason(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
      const parsed = reason ? null : await parseCsvFile(file);
      const refusal = reason ?? unusableReason(parsed as ParsedClaims);
      if (refusal) this.refused = `${file.name} was not opened: ${refusal}.`;
      else this.#show(parsed as ParsedClaims, file.name);
    } catch (e) {
      this.refused = `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}.`;
    } finally {
      this.uploading = null;
    }
  }

  /** The built-in claims once read, for a reader's own documents to join. */
  builtInClaims(): Promise<readonly Claim[]> {
    return this.#builtInClaims;
  }

  /** Claims extracted from a reader's own documents (src/lib/documents), under a label naming them. */
  showDocuments(claims: Claim[], label: string): void {
    this.#show({ claims, errors: [] }, label);
  }

  useBuiltIn(): void {
    this.refused = '';
    if (this.#builtIn) this.#show(this.#builtIn, null);
  }

  #show(parsed: ParsedClaims, fileName: string | null) {
    this.claims = parsed.claims;
    this.errors = parsed.errors;
    this.fileName = fileName;
    this.status = 'ready';
  }
}

export const dataset = new Dataset();
