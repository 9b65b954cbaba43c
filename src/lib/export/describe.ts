import { periodText } from '../../../contract/period';
import { DEFAULT_SCOPE, type Filters, type YearRange } from '../filters';
import { QUALIFIER_LABELS, categoryLabel, estimatorName } from '../format';

/** The view and its filters in words, for an exported chart's title, subtitle and file name. */

function years(r: YearRange): string | null {
  const span = periodText(r.from, r.to);
  if (!span) return null;
  return r.undated ? `${span} or undated` : span;
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Camp population: estimates compared", or "All categories: …" */
export function exportTitle(view: string, f: Filters): string {
  const what = f.category === 'all' ? 'All categories' : categoryLabel(f.category);
  return `${what[0]?.toUpperCase()}${what.slice(1)}: ${view}`;
}

/** Every filter that is not at its default, as a sentence a reader of the image understands. */
export function describeFilters(f: Filters, unit: string | null): string {
  const scope = f.scope === 'all' ? 'Claims of any scope' : f.scope === 'system' ? 'Claims about the whole system' : `Claims of ${f.scope} scope`;
  const parts = [`${scope}${unit ? `, in ${unit}` : ''}`];
  const subject = years(f.subject);
  if (subject) parts.push(`about ${subject}`);
  const published = years(f.published);
  if (published) parts.push(`published ${published}`);
  if (f.estimators.length) parts.push(`estimates of ${list(f.estimators.map(estimatorName))}`);
  if (f.qualifier) parts.push(`stated as “${QUALIFIER_LABELS[f.qualifier]}”`);
  if (f.text.trim()) parts.push(`mentioning “${f.text.trim()}”`);
  return `${parts.join('; ')}.`;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "claimscope-compare-camp-population-conquest-1937-1938": the file says what was filtered. */
export function exportName(view: string, f: Filters, unit: string | null): string {
  const parts = ['claimscope', view];
  parts.push(f.category === 'all' ? 'all-categories' : f.category);
  if (unit) parts.push(unit);
  if (f.scope !== DEFAULT_SCOPE) parts.push(`${f.scope}-scope`);
  for (const e of f.estimators) parts.push(estimatorName(e));
  const subject = years(f.subject);
  if (subject) parts.push(`about-${subject}`);
  const published = years(f.published);
  if (published) parts.push(`published-${published}`);
  if (f.qualifier) parts.push(f.qualifier);
  if (f.text.trim()) parts.push(`q-${f.text.trim()}`);
  return slug(parts.join(' ')).slice(0, 120).replace(/-$/, '');
}
