/**
 * Writes a synthetic but plausible claims CSV, for developing the dashboard before the extractor's
 * output exists and for the 50,000-row bench. Deterministic for a given row count.
 *
 *   tsx scripts/synth-claims.ts 50000 bench-results/claims-50k.csv
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimsToCsv } from '../contract/csv';
import { CATEGORIES, type Category, type Claim, type Qualifier } from '../contract/schema';

const AUTHORS = [
  ['Conquest, Robert', 'The Great Terror', 1990],
  ['Getty, J. Arch', 'Stalinist Terror', 1993],
  ['Thurston, Robert', 'Life and Terror in Stalin\'s Russia', 1996],
  ['Applebaum, Anne', 'Gulag: A History', 2003],
  ['Medvedev, Roy', 'Let History Judge', 1989],
  ['Zemskov, V. N.', 'Gulag (Historical-Sociological Aspect)', 1991],
  ['Khlevniuk, Oleg', 'The History of the Gulag', 2004],
  ['Solzhenitsyn, Aleksandr', 'The Gulag Archipelago', 1974],
  ['Wheatcroft, Stephen', 'The Scale and Nature of German and Soviet Repression', 1996],
  ['Rosefielde, Steven', 'Red Holocaust', 2010]
] as const;
const ATTRIBUTED = ['', '', '', 'NKVD', 'Conquest', 'Zemskov', 'Solzhenitsyn', 'Khrushchev'];
const COUNTED: Record<Category, string> = {
  camp_population: 'prisoners in the camps',
  arrests: 'people arrested',
  convictions: 'people convicted',
  executions: 'people shot',
  deaths: 'deaths in the camps',
  releases: 'prisoners released',
  deportations: 'people deported',
  expulsions: 'party members expelled',
  sentence_length: 'years of sentence',
  other: 'things counted'
};
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  at_least: 'at least ',
  at_most: 'no more than '
};
const TRICKY_QUOTES = ['=SUM(A1:A2) was typed by a reader; ', '<script>alert(1)</script> ', '-', '@'];

/** A small deterministic generator (mulberry32), so the bench data is the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function synthClaims(n: number, seed = 1): Claim[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const claims: Claim[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const [author, title, year] = pick(AUTHORS);
    const category = r() < 0.4 ? 'camp_population' : pick(CATEGORIES);
    const qualifier = pick(['exact', 'exact', 'about', 'at_least', 'at_most'] as const);
    const isRange = qualifier === 'exact' && r() < 0.3;
    const low = Math.round(10 ** (3 + r() * 4));
    const high = isRange ? Math.round(low * (1.2 + r() * 2)) : low;
    const text = isRange ? `${low.toLocaleString('en-US')} to ${high.toLocaleString('en-US')}` : low.toLocaleString('en-US');
    const subject = 1928 + Math.floor(r() * 26);
    const span = r() < 0.3 ? Math.floor(r() * 4) : 0;
    const attributed = pick(ATTRIBUTED);
    const prefix = i % 997 === 0 ? pick(TRICKY_QUOTES) : '';
    const quote = `${prefix}In ${subject} there were ${QUALIFIER_WORDS[qualifier]}${text} ${COUNTED[category]}${attributed ? `, according to ${attributed}` : ''}.`;
    const passage = Math.floor(i / 3);
    const start = offset + quote.indexOf(text);
    offset += quote.length + 1;
    claims.push({
      claim_id: `synth-${start}-${start + text.length}`,
      doc: 'synthetic.txt',
      section: `Part ${1 + (passage % 3)}`,
      passage_id: `p${passage}`,
      line: i + 1,
      start,
      end: start + text.length,
      text,
      value_low: low,
      value_high: high,
      value: isRange ? Math.round(Math.sqrt(low * high)) : low,
      qualifier,
      unit: category === 'sentence_length' ? 'years' : r() < 0.05 ? 'percent' : 'people',
      category,
      counted: COUNTED[category],
      year_from: r() < 0.1 ? null : subject,
      year_to: span ? subject + span : null,
      attributed_to: attributed,
      source_author: author,
      source_title: title,
      source_year: year,
      source_pages: String(1 + Math.floor(r() * 400)),
      citation: `${author}. ${title}. ${year}, p. ${1 + Math.floor(r() * 400)}`,
      quote,
      scope: r() < 0.8 ? 'system' : 'local',
      estimator: attributed || author.split(',')[0]!,
      quantity: `${category}-${i % 200}`,
      passage_start: start - quote.indexOf(text),
      passage_end: start - quote.indexOf(text) + quote.length,
      page: null
    });
  }
  return claims;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? 'bench-results/claims-synth.csv';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, claimsToCsv(synthClaims(n)));
  console.log(`wrote ${n} synthetic claims to ${out}`);
}
