import type { Line } from '../segment/lines';
import { YEAR } from '../lexicon';

/**
 * Tables laid out in columns, as plain text keeps them: cells parted by a tab, by two or more
 * spaces or by Markdown's bars, a line of column names above rows of figures (a rule may stand
 * between), and often a title above that:
 *
 *     Famine deaths by district, 1891-1893
 *     Year  Deaths  Births
 *     1891  12,400  30,100
 *
 * Each figure answers to its own column's name and its own row's label, never to its neighbours.
 */

interface Cell {
  text: string;
  /** Offset in the line's text. */
  start: number;
}

/** Where one cell ends and the next begins: a tab, a wide gap, or a Markdown table's bar. */
const GAP = /\t|[ \u00a0]{2,}|\s*\|\s*/;
/** A rule under the column names: "|------|:----:|", "---  ---". */
const RULE = /^[\s|:+=]*-{3,}[\s|:+=-]*$/;
/** Cells are short: a longer stretch is prose that happens to hold a double space. */
const MAX_CELL = 40;
/** A cell holding a figure ("41,200", "7.5", "12%") or a dash for a missing one. */
const FIGURE_CELL = /^(?:\d[\d,.]*%?|[-–—])$/;
const YEAR_CELL = new RegExp(`^${YEAR}$`);
/** A title: short, and no sentence ends in it. */
const TITLE = /^[^.!?]{1,100}$/;

function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const part of text.split(GAP)) {
    const start = text.indexOf(part, at);
    at = start + part.length;
    const trimmed = part.trim();
    if (trimmed) cells.push({ text: trimmed, start: start + part.indexOf(trimmed) });
  }
  return cells;
}

const isGrid = (cells: Cell[]) => cells.length >= 2 && cells.every((c) => c.text.length <= MAX_CELL);

/** A row of figures: a label (a year, a place, a group) then figures only, one at least. */
function isFigureRow(cells: Cell[]): boolean {
  const figures = cells.slice(1);
  return isGrid(cells) && figures.every((c) => FIGURE_CELL.test(c.text)) && figures.some((c) => /\d/.test(c.text));
}

/** Column names: words, or years ("Region  1932  1933"), but no other figure. */
const isHeader = (cells: Cell[]) => isGrid(cells) && cells.every((c) => !/\d/.test(c.text) || YEAR_CELL.test(c.text));
/** A row of figures that names no column: some figure in it is no year. */
const isDataRow = (cells: Cell[]) => isFigureRow(cells) && !isHeader(cells);

export interface Grid {
  /** The column names, one per figure column, aligned on the rows' last columns. */
  columns: string[];
  /** The rows' cell count. */
  width: number;
  /** The short line above the column names, if any ("Deaths by year (in thousands)"). */
  title?: string;
  /** Index of the column names' line. */
  header: number;
}

/**
 * The grid that line `i` is a row of figures in: the rows above it of the same width, then a line
 * of column names (the label column's name may be left blank). Undefined for any other line.
 */
export function gridAt(lines: readonly Line[], i: number): Grid | undefined {
  // Most lines are prose with no wide gap: tell them apart before cutting any into cells.
  if (!GAP.test(lines[i]!.text.trim())) return undefined;
  const cells = cellsOf(lines[i]!.text);
  if (!isDataRow(cells)) return undefined;
  let h = i - 1;
  while (h >= 0 && isDataRow(cellsOf(lines[h]!.text)) && cellsOf(lines[h]!.text).length === cells.length) h--;
  if (h > 0 && RULE.test(lines[h]!.text)) h--;
  const header = h >= 0 ? cellsOf(lines[h]!.text) : [];
  if (!isHeader(header) || header.length > cells.length || header.length < cells.length - 1) return undefined;
  const title = lines[h - 1]?.text.trim();
  return {
    columns: header.slice(header.length - (cells.length - 1)).map((c) => c.text),
    width: cells.length,
    title: title && TITLE.test(title) ? title : undefined,
    header: h
  };
}

/** Whether line `i` is part of a grid: a row of figures or the column names above them. */
export function inGrid(lines: readonly Line[], i: number): boolean {
  if (gridAt(lines, i) !== undefined) return true;
  const below = i + 1 < lines.length ? gridAt(lines, i + 1) : undefined;
  return below !== undefined && (below.header === i || RULE.test(lines[i]!.text));
}

const yearIn = (cell: string) => (YEAR_CELL.test(cell) ? Number(cell) : undefined);

const YEAR_WORD = new RegExp(`\\b${YEAR}\\b`, 'g');
/** A span of years or figures: "1847-49", "1865–1870". */
const SPAN = /\d\s?[–-]\s?\d/;

/** The one year a title names ("Losses by county, 1847"), which dates every cell; none for a span or several. */
function titleYear(title: string | undefined): number | undefined {
  const years = title?.match(YEAR_WORD) ?? [];
  return years.length === 1 && !SPAN.test(title!) ? Number(years[0]) : undefined;
}

/** What a figure in a grid's row answers to. */
export interface GridCell {
  /** The figure is the row's label itself (a year cell), not a value. */
  isLabel: boolean;
  /** Its column's name, or for a column named by a year alone the title with that year. */
  heading?: string;
  /** Its column's name when words name it: what the figure counts. */
  column?: string;
  /** Its row's, its column's, or else its title's year. */
  ownYear?: number;
}

/**
 * The cell of a row of `grid` (the line's text) that holds offset `at`. Its column's name is the
 * heading its category comes from and what it counts: a "Births" column is not the "Deaths" of
 * the title.
 */
export function cellAt(grid: Grid, text: string, at: number): GridCell {
  const cells = cellsOf(text);
  const k = cells.findLastIndex((c) => c.start <= at);
  if (k <= 0) return { isLabel: true };
  const column = grid.columns[k - 1]!;
  const named = /\p{L}/u.test(column);
  return {
    isLabel: false,
    heading: named ? column : [grid.title, column].filter(Boolean).join(' '),
    column: named ? column : undefined,
    ownYear: yearIn(cells[0]!.text) ?? yearIn(column) ?? titleYear(grid.title)
  };
}
