import { createHash } from 'node:crypto';
import type { Block } from './segment';
import type { Citation, Passage } from './types';

/**
 * Gives each block its passage identity. The id hashes the passage's own text, so it stays the
 * same when other passages or documents are added around it.
 */

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

export function toPassages(blocks: Block[], parseCitation: (line: string) => Citation): Passage[] {
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    const first = b.body[0]!;
    const last = b.body[b.body.length - 1]!;
    const key = hash(b.body.map((l) => l.text).join('\n') + '\n' + (b.citation?.text ?? ''));
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
