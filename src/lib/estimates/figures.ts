import { format } from 'd3-format';
import type { Qualifier, Unit } from '../../../contract/claim-fields';
import type { EstimateMark } from './quantity-index';

/** The qualifier's mark, as the charts and rows print it before a figure. */
export const QUALIFIER_MARKS: Record<Qualifier, string> = { exact: '', about: '~', at_least: '≥', at_most: '≤' };

const SCALES = [
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' }
] as const;
const PLAIN = format(',~f');
const SCALED = format('.3~f');

/** A round figure in words of scale ("8 million", "1.5 million"); a precise one in full digits. */
function scaleOf(v: number): (typeof SCALES)[number] | null {
  return SCALES.find((s) => Math.abs(v) >= s.size && Math.round(v) % (s.size / 100) === 0) ?? null;
}

const SUFFIX: Partial<Record<Unit, string>> = { percent: '%', people: '', count: '', other: '', fraction: '', times: '×' };

function withUnit(text: string, unit: Unit): string {
  const suffix = SUFFIX[unit] ?? ` ${unit}`;
  return text + suffix;
}

export function figureText(v: number, unit: Unit): string {
  const scale = scaleOf(v);
  return withUnit(scale ? `${SCALED(v / scale.size)} ${scale.word}` : PLAIN(v), unit);
}

/** "1,672,438", "~8 million", "≥2 million", "1.5–2 million": a range shares its scale word. */
export function estimateText(m: Pick<EstimateMark, 'value_low' | 'value_high' | 'qualifier' | 'unit'>): string {
  const mark = QUALIFIER_MARKS[m.qualifier];
  if (m.value_low === m.value_high) return mark + figureText(m.value_low, m.unit);
  const low = scaleOf(m.value_low);
  const high = scaleOf(m.value_high);
  const range =
    low && low === high
      ? `${SCALED(m.value_low / low.size)}–${SCALED(m.value_high / high.size)} ${high.word}`
      : `${PLAIN(m.value_low)}–${PLAIN(m.value_high)}`;
  return mark + withUnit(range, m.unit);
}

/** "×4.8": how many times the highest estimate is the lowest. */
export function spreadText(spread: number | null): string {
  if (spread === null) return '';
  return `×${spread < 10 ? format('.3~r')(spread) : PLAIN(Math.round(spread))}`;
}
