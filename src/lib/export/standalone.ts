/**
 * An exported chart that stands alone: around the chart's own SVG, a title, a subtitle in words,
 * the legend, a note of the sources, and the product's name, the date and an absolute link to the
 * view. Plain strings in and out, so any view (and any page) can call it; `absoluteLinks` makes
 * the chart's own links work outside the site.
 */

export interface LegendEntry {
  label: string;
  /** A swatch colour; null for a line of text only (a key to the marks' shapes). */
  colour: string | null;
}

export interface StandaloneParts {
  /** The chart as SVG markup; `width` and `height` are its size. */
  chart: string;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  /** The documents and citations the plotted claims come from, one per entry. */
  sources: string[];
  /** The absolute address of the view shown. */
  url: string;
  /** The absolute address of the page saying how the claims were made and how good they are. */
  about: string;
  date: Date;
  product?: string;
}

export interface Standalone {
  markup: string;
  width: number;
  height: number;
}

const PAD = 16;
const MIN_WIDTH = 560;
/** Rough widths of a character, in pixels, at the sizes used: enough to wrap lines. */
const CHAR = { title: 10, text: 7, small: 6.2 } as const;
const SOURCES_SHOWN = 12;

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[ch]};`);
}

/** Words packed into lines of at most `max` characters (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Every `href` in the markup made absolute against `base`, so links work in a saved file. */
export function absoluteLinks(markup: string, base: string): string {
  const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '');
  return markup.replace(/(\s(?:xlink:)?href)="([^"]*)"/g, (_, attr: string, href: string) => `${attr}="${escapeXml(new URL(unescape(href), base).href)}"`);
}

/** Text lines from `y` on, each `step` pixels below the last. */
function textLines(lines: readonly string[], y: number, step: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${PAD}" y="${y + i * step}" ${attrs}>${escapeXml(l)}</text>`).join('');
}

/** Legend entries in rows that fit the width; returns the markup and the height used. */
function legendRows(entries: readonly LegendEntry[], y: number, width: number): { markup: string; height: number } {
  const ROW = 18;
  let x = PAD;
  let row = 0;
  const parts: string[] = [];
  for (const e of entries) {
    const w = (e.colour ? 16 : 0) + e.label.length * CHAR.small + 14;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      row++;
    }
    const top = y + row * ROW;
    if (e.colour) parts.push(`<circle cx="${x + 5}" cy="${top - 4}" r="5" fill="${escapeXml(e.colour)}"/>`);
    parts.push(`<text x="${x + (e.colour ? 14 : 0)}" y="${top}" font-size="11" fill="#333">${escapeXml(e.label)}</text>`);
    x += w;
  }
  return { markup: parts.join(''), height: entries.length ? (row + 1) * ROW : 0 };
}

export function standaloneSvg(p: StandaloneParts): Standalone {
  const width = Math.max(MIN_WIDTH, Math.ceil(p.width));
  const product = p.product ?? 'Claimscope';
  const title = wrap(p.title, Math.floor((width - 2 * PAD) / CHAR.title));
  const subtitle = wrap(p.subtitle, Math.floor((width - 2 * PAD) / CHAR.text));
  let y = PAD + 18;
  const head = [textLines(title, y, 24, 'font-size="19" font-weight="700" fill="#111"')];
  y += title.length * 24;
  head.push(textLines(subtitle, y, 18, 'font-size="13" fill="#333"'));
  y += subtitle.length * 18 + 4;
  const legend = legendRows(p.legend, y + 10, width);
  y += legend.height + 6;
  const chartTop = y;
  y += p.height + 18;
  const shown = p.sources.slice(0, SOURCES_SHOWN);
  const more = p.sources.length - shown.length;
  const sourceText = `Sources: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
  const sources = p.sources.length ? wrap(sourceText, Math.floor((width - 2 * PAD) / CHAR.small)) : [];
  const foot = textLines(sources, y, 15, 'font-size="11" fill="#333"');
  y += sources.length * 15 + 6;
  const method = `<text x="${PAD}" y="${y}" font-size="11" fill="#333">Extracted by machine, not checked by hand; how this was made: <a href="${escapeXml(p.about)}"><tspan fill="#0b5394" text-decoration="underline">${escapeXml(p.about)}</tspan></a></text>`;
  y += 15;
  const credit = `${product} · ${p.date.toISOString().slice(0, 10)} · `;
  const link = `<text x="${PAD}" y="${y}" font-size="11" fill="#333">${escapeXml(credit)}<a href="${escapeXml(p.url)}"><tspan fill="#0b5394" text-decoration="underline">${escapeXml(p.url)}</tspan></a></text>`;
  const height = Math.ceil(y + PAD);
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">` +
    `<title>${escapeXml(p.title)}</title><desc>${escapeXml(p.subtitle)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    head.join('') +
    legend.markup +
    `<g transform="translate(0,${chartTop})">${absoluteLinks(p.chart, p.url)}</g>` +
    foot +
    method +
    link +
    `</svg>`;
  return { markup, width, height };
}
