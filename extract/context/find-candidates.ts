import type { Candidate } from './candidate';
import type { Line } from '../segment/lines';
import { findAtoms } from '../numbers/atoms';
import { combine } from '../numbers/combine';
import { sentenceSpans, spanAt } from './sentences';
import type { Passage } from '../types';

/** Proposes every number expression of a passage's lines, each with its sentence. */

/** A table row: a short label then one figure ("United States 2,079"). */
const TABLE_ROW = /^\s*[^\d:]{1,40}?\s[\d][\d,.]*\s*$/;

/** The line that a table row's figures answer to: the last line before it ending in ":". */
function tableHeading(lines: Line[], i: number): string | undefined {
  if (!TABLE_ROW.test(lines[i]!.text)) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const t = lines[j]!.text.trim();
    if (t.endsWith(':')) return t;
    if (t && !TABLE_ROW.test(t)) return undefined;
  }
  return undefined;
}

const TABLE_SCALE: [RegExp, number][] = [[/\(in thousands\)/i, 1e3], [/\(in millions\)/i, 1e6]];

function scaleOf(heading: string | undefined): number {
  return TABLE_SCALE.find(([re]) => heading && re.test(heading))?.[1] ?? 1;
}

export function candidatesOf(passage: Passage, lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, i) => {
    const exprs = combine(line.text, findAtoms(line.text));
    // Most lines hold no number: find that out before splitting sentences or reading tables.
    if (!exprs.length) return;
    const spans = sentenceSpans(line.text);
    const heading = tableHeading(lines, i);
    const factor = scaleOf(heading);
    for (const expr of exprs) {
      const scaled = factor > 1 && expr.kind === 'count' ? { ...expr, low: expr.low * factor, high: expr.high * factor, bare: false } : expr;
      out.push({ expr: scaled, line, sentence: spanAt(spans, expr.start), passage, heading, context: { lines, index: i } });
    }
  });
  return out;
}
