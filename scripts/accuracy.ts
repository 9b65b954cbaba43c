/**
 * Writes the extractor's measured accuracy for the "How this was made" page
 * (src/lib/estimates/accuracy.json) from `npm run eval -- --json`, so the page states what the
 * eval measured rather than figures copied by hand.
 *
 *   tsx scripts/accuracy.ts [--gold data/gold/dev-gold.jsonl] [--quantities data/gold/dev-quantities.json]
 */
import { execFileSync } from 'node:child_process';
import { writeAtomic } from '../extract/io/write-atomic';

const OUT = 'src/lib/estimates/accuracy.json';
const goldArg = process.argv.indexOf('--gold');
const gold = goldArg >= 0 ? process.argv[goldArg + 1] : 'data/gold/dev-gold.jsonl';
if (!gold) throw new Error('--gold needs a path');
const quantitiesArg = process.argv.indexOf('--quantities');
const quantitiesGold = quantitiesArg >= 0 ? process.argv[quantitiesArg + 1] : 'data/gold/dev-quantities.json';
if (!quantitiesGold) throw new Error('--quantities needs a path');

interface EvalReport {
  gold: string;
  counts: { gold: number; tp: number; fp: number; fn: number };
  precision: number;
  recall: number;
  f1: number;
  fields: Record<string, { accuracy: number | null; n: number }>;
  quantities: { precision: number; recall: number; f1: number; found: number; questions: unknown[] };
}

const report = JSON.parse(execFileSync('npx', ['tsx', 'extract/measure/eval-cli.ts', '--gold', gold, '--quantities', quantitiesGold, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })) as EvalReport;
const round = (x: number) => Math.round(x * 1000) / 1000;
const accuracy = {
  measured: new Date().toISOString().slice(0, 10),
  gold: report.gold,
  goldClaims: report.counts.gold,
  precision: round(report.precision),
  recall: round(report.recall),
  f1: round(report.f1),
  fields: Object.fromEntries(
    Object.entries(report.fields)
      .filter(([, f]) => f.accuracy !== null)
      .map(([name, f]) => [name, round(f.accuracy!)])
  ),
  grouping: {
    gold: quantitiesGold,
    precision: round(report.quantities.precision),
    recall: round(report.quantities.recall),
    f1: round(report.quantities.f1),
    found: report.quantities.found,
    questions: report.quantities.questions.length
  }
};
writeAtomic(OUT, [new TextEncoder().encode(`${JSON.stringify(accuracy, null, 2)}\n`)]);
console.log(`wrote ${OUT}`);
