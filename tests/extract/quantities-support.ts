import type { Claim } from '../../contract/schema';

/**
 * Claims made by hand for the grouping's tests: the figure `text` of a sentence written for the
 * test, on `line` of a document (each line its own paragraph), with the fields the extractor
 * would give it.
 */

const LINE_LENGTH = 10_000;

export interface Made {
  sentence: string;
  text: string;
  /** Value, or [low, high]. */
  value: number | [number, number];
  /** [from, to], or null when the sentence gives no period. */
  years: [number, number] | null;
  estimator: string;
  doc?: string;
  passage?: string;
  line?: number;
  /** The nth time `text` appears in the sentence. */
  occurrence?: number;
  fields?: Partial<Claim>;
}

function offsetIn(sentence: string, text: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = sentence.indexOf(text, at + 1);
    if (at === -1) throw new Error(`"${text}" (occurrence ${occurrence}) is not in "${sentence}"`);
  }
  return at;
}

export function made(m: Made): Claim {
  const { sentence, text, doc = 'a.txt', passage = 'p1', line = 1, occurrence = 1 } = m;
  const lineStart = line * LINE_LENGTH;
  const start = lineStart + offsetIn(sentence, text, occurrence);
  const [low, high] = typeof m.value === 'number' ? [m.value, m.value] : m.value;
  const after = sentence.slice(start - lineStart + text.length);
  return {
    claim_id: `${doc}:${start}`, doc, section: '', passage_id: passage, line, start, end: start + text.length, text,
    value_low: low, value_high: high, value: Math.sqrt(low * high), qualifier: 'exact', unit: 'people',
    category: 'camp_population', counted: after.trim().split(/[\s,.;]+/).slice(0, 6).join(' '),
    year_from: m.years?.[0] ?? null, year_to: m.years?.[1] ?? null, attributed_to: '', source_author: '',
    source_title: '', source_year: null, source_pages: '', citation: '', quote: sentence, scope: 'system',
    estimator: m.estimator, quantity: '', passage_start: lineStart, passage_end: lineStart + sentence.length, page: null,
    ...m.fields
  };
}
