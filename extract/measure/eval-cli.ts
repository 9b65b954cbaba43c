import { parseArgs } from 'node:util';
import { parseClaimsCsv } from '../../contract/csv';
import type { Claim } from '../../contract/schema';
import { FIELDS, scoreClaims, showValue, type EvalReport } from './eval';
import { InputError } from '../errors';
import { readBytes } from '../io/read-source';
import { parseGoldJsonl, type GoldPassage } from './gold';
import { scoreQuantities, type QuantitiesReport } from './quantities-eval';
import { parseQuantitiesGold, type QuantitiesGold } from './quantities-gold';

const USAGE =
  'usage: npm run eval -- [--gold GOLD.jsonl] [--quantities QUANTITIES.json] [--claims data/claims.csv] [--doc NAME] [--source PATH] [--json]\n' +
  '(at least one of --gold and --quantities)';

interface Options {
  gold: string | undefined;
  quantities: string | undefined;
  claims: string;
  doc: string | undefined;
  source: string | undefined;
  json: boolean;
}

const ARGS = {
  gold: { type: 'string' },
  quantities: { type: 'string' },
  claims: { type: 'string', default: 'data/claims.csv' },
  doc: { type: 'string' },
  source: { type: 'string' },
  json: { type: 'boolean', default: false }
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: ARGS });
  } catch (e) {
    throw new InputError(`${(e as Error).message}\n${USAGE}`);
  }
}

function options(argv: string[]): Options {
  const { values } = parse(argv);
  if (!values.gold && !values.quantities) throw new InputError(`--gold or --quantities is required
${USAGE}`);
  return { gold: values.gold, quantities: values.quantities, claims: values.claims, doc: values.doc, source: values.source, json: values.json };
}

/** A byte-order mark kept (TextDecoder drops it unless told), as the eval has always read its files. */
function read(file: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readBytes(file));
}

/** Run a parse whose InputErrors carry line numbers of `file`, and name the file in them. */
function inFile<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof InputError) throw e.inFile(file);
    throw e;
  }
}

function readGold(file: string): GoldPassage[] {
  const gold = inFile(file, () => parseGoldJsonl(read(file)));
  if (gold.length === 0) throw new InputError('no labelled passages', file);
  return gold;
}

const MAX_CSV_ERRORS = 5;

function readClaims(file: string): Claim[] {
  const { claims, errors } = parseClaimsCsv(read(file));
  if (errors.length === 0) return claims;
  const lines = errors
    .slice(0, MAX_CSV_ERRORS)
    .map((e) => `${file} line ${e.row}: ${e.column ? `${e.column}: ` : ''}${e.reason}`);
  if (errors.length > MAX_CSV_ERRORS) lines.push(`... and ${errors.length - MAX_CSV_ERRORS} more`);
  throw new InputError(lines.join('\n'));
}

/** Gold names no document, so the doc comes from --doc or from a CSV that holds only one. */
function pickDoc(claims: readonly Claim[], requested: string | undefined, file: string): string {
  const docs = [...new Set(claims.map((c) => c.doc))];
  if (requested !== undefined) {
    if (docs.length > 0 && !docs.includes(requested))
      throw new InputError(`${file} has no rows for doc ${requested} (it has: ${docs.join(', ')})`);
    return requested;
  }
  const [only] = docs;
  if (docs.length === 1 && only !== undefined) return only;
  const held = docs.length === 0 ? 'no claims' : `${docs.length} docs (${docs.join(', ')})`;
  throw new InputError(`${file} holds ${held}: name the gold file's document with --doc NAME`);
}

const fixed = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

function snippet(quote: string, text: string, width = 40): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const at = Math.max(0, flat.indexOf(text));
  const from = Math.max(0, at - width);
  const to = Math.min(flat.length, at + text.length + width);
  return `${from > 0 ? '…' : ''}${flat.slice(from, to)}${to < flat.length ? '…' : ''}`;
}

function summary(r: EvalReport): string[] {
  const c = r.counts;
  return [
    `gold claims ${c.gold}; predictions scored ${c.scored}, not scored: ${c.outside} outside gold passages, ${c.vague} on vague items`,
    `precision ${fixed(r.precision)}  (tp ${c.tp} / ${c.tp + c.fp})`,
    `recall    ${fixed(r.recall)}  (tp ${c.tp} / ${c.gold})`,
    `F1        ${fixed(r.f1)}`,
    `tp ${c.tp}  fp ${c.fp}  fn ${c.fn}`
  ];
}

function fieldLines(r: EvalReport): string[] {
  return FIELDS.map((f) => {
    const { agree, n, accuracy } = r.fields[f];
    const unscored = r.counts.tp === 0 ? 'no matched pairs' : `gold has no ${f}`;
    const tokens = f === 'counted' && n > 0 ? `  token F1 ${fixed(r.countedTokenF1)}` : '';
    return `  ${f.padEnd(14)}${n === 0 ? `n/a (${unscored})` : `${fixed(accuracy)}  (${agree}/${n})`}${tokens}`;
  });
}

function section(title: string, items: string[]): string[] {
  return ['', `${title} (${items.length})`, ...items.map((i) => `  ${i}`)];
}

function render(r: EvalReport, doc: string): string {
  return [
    `doc ${doc}`,
    ...summary(r),
    '',
    `field accuracy over matched pairs (n); counted: the gold phrase's head noun among the predicted words`,
    ...fieldLines(r),
    ...section('misses', r.misses.map((m) => `line ${m.line}  "${m.text}"  ${showValue(m.value_low, m.value_high)}  ${m.category}`)),
    ...section(
      'false positives',
      r.falsePositives.map(
        (f) =>
          `line ${f.line}  "${f.text}"  ${showValue(f.value_low, f.value_high)}  ${f.category}  [${f.reason}]  ${snippet(f.quote, f.text)}`
      )
    ),
    ...section(
      'field disagreements',
      r.disagreements.map((d) => `line ${d.line}  "${d.text}"  ${d.field}: gold "${d.gold}", predicted "${d.predicted}"`)
    )
  ].join('\n');
}

function warnOffsets(r: EvalReport, source: string): void {
  const [first] = r.offsetMismatches;
  if (!first) return;
  console.error(
    `warning: ${r.offsetMismatches.length} predictions' start/end do not point at their text in ${source} ` +
      `(line ${first.line}: "${first.text}" vs "${first.found}"); is --source the document they came from?`
  );
}

function readQuantitiesGold(file: string): QuantitiesGold {
  return inFile(file, () => parseQuantitiesGold(read(file)));
}

function quantitiesLines(r: QuantitiesReport): string[] {
  const questions = r.questions.map((q) => {
    const members = q.members.map((m) => `      line ${m.line}  "${m.text}"  ${m.quantity === null ? '(no claim)' : m.quantity || '(none)'}`);
    return [`  ${q.found ? 'found' : 'MISSED'}  ${q.id}  F1 ${fixed(q.f1)}  best ${q.best ?? '(none)'}`, ...members];
  });
  return [
    '',
    `quantities: ${r.members} gold members in ${r.questions.length} questions (${r.unmatched} with no extracted claim)`,
    `B-cubed precision ${fixed(r.precision)}  recall ${fixed(r.recall)}  F1 ${fixed(r.f1)}`,
    `questions found (a quantity with F1 >= 0.5): ${r.found} / ${r.questions.length}`,
    `predicted quantities in the document ${r.quantities}; individual claims in them ${r.individualInQuantities}`,
    ...questions.flat()
  ];
}

function run(opts: Options): void {
  const gold = opts.gold === undefined ? undefined : readGold(opts.gold);
  const qgold = opts.quantities === undefined ? undefined : readQuantitiesGold(opts.quantities);
  const all = readClaims(opts.claims);
  const doc = pickDoc(all, opts.doc ?? qgold?.doc, opts.claims);
  const sourcePath = opts.source ?? `data/sources/${doc}`;
  const sourceText = read(sourcePath);
  const predicted = all.filter((c) => c.doc === doc);
  const report = gold && inFile(sourcePath, () => scoreClaims(gold, predicted, sourceText));
  if (report) warnOffsets(report, sourcePath);
  const quantities = qgold && inFile(sourcePath, () => scoreQuantities(qgold, predicted, sourceText));
  const out = opts.json
    ? JSON.stringify({ doc, gold: opts.gold, claims: opts.claims, source: sourcePath, ...report, quantities }, null, 2)
    : [report ? render(report, doc) : `doc ${doc}`, ...(quantities ? quantitiesLines(quantities) : [])].join('\n');
  process.stdout.write(`${out}\n`);
}

function main(argv: string[]): number {
  try {
    run(options(argv));
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    console.error(e.message);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
