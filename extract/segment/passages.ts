import type { Line } from './lines';
import type { Block } from './blocks';
import type { Citation, Passage } from '../types';

/**
 * Gives each block its passage identity. The id hashes the passage's own text, so it stays the
 * same when other passages or documents are added around it; a repeat of an earlier passage of
 * the document gets a count after the hash.
 */

/**
 * Hashes the parts as one text, without first joining them into a copy: cyrb53, two 32-bit lanes
 * over the UTF-16 code units. It needs nothing from Node, so ids are the same in a browser's worker.
 */
function hash(...parts: string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const part of parts)
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
}

/**
 * The body's lines joined by "\n". Its lines are consecutive in the document, so where every line
 * between them ends in "\n" the document's own slice is that text, without copying it.
 */
function bodyText(doc: string, lines: Line[]): string {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const slice = doc.slice(first.start, last.start + last.text.length);
  const consecutive = last.no - first.no === lines.length - 1;
  return consecutive && !slice.includes('\r') ? slice : lines.map((l) => l.text).join('\n');
}

export function passageKey(doc: string, b: Block): string {
  return hash(bodyText(doc, b.body), '\n', b.citation?.text ?? '');
}

/**
 * `keys` are the blocks' passageKey; `seen` counts each key's earlier passages in the document
 * and is updated, so a document read in chunks numbers its repeats as one read whole.
 */
export function toPassages(
  doc: string, blocks: Block[], keys: string[], seen: Map<string, number>, parseCitation: (line: string) => Citation
): Passage[] {
  return blocks.map((b, i) => {
    const first = b.body[0]!;
    const last = b.body[b.body.length - 1]!;
    const key = keys[i]!;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      id: n > 1 ? `${key}.${n}` : key,
      section: b.section,
      firstLine: first.no,
      lastLine: last.no,
      citationLine: b.citation?.no ?? null,
      start: first.start,
      end: last.start + last.text.length,
      citation: b.citation ? parseCitation(b.citation.text) : null
    };
  });
}
