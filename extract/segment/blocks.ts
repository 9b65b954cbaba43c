import type { Line } from './lines';

/**
 * Splits a compilation into passages: quoted text (one or more paragraphs, blank lines and
 * numbered points included) closed by one citation line. Section headings start a new part;
 * text that no citation line closes (before a heading, after the last citation, or a whole article
 * or encyclopedia page with none) is no quoted passage: each of its paragraphs is one.
 */

export interface Block {
  /** '' before the first heading: the document's (or a later chunk's inherited) part. */
  section: string;
  body: Line[];
  citation: Line | null;
}

/** "Part Two: Camps.", "Chapter 4: The Famine", after an optional series title ("… Series. "). */
const HEADING = /^(?:.{0,80}?\bSeries\.\s*)?((?:Part|Chapter|Book)\s+[\w-]+\s*:[^]{1,100}?)\.?\s*$/;

export function headingOf(line: string): string | null {
  if (line.length > 160) return null;
  const m = HEADING.exec(line.trim());
  return m ? m[1]!.trim() : null;
}

function trimBlank(lines: Line[]): Line[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]!.text.trim()) a++;
  while (b > a && !lines[b - 1]!.text.trim()) b--;
  return lines.slice(a, b);
}

export interface Segmentation {
  blocks: Block[];
  /** The section in force after the last line: what a following chunk of the document inherits. */
  section: string;
}

export function segment(lines: Iterable<Line>, isCitation: (line: string) => boolean): Segmentation {
  const blocks: Block[] = [];
  let section = '';
  let body: Line[] = [];
  const close = (citation: Line | null) => {
    const trimmed = trimBlank(body);
    if (trimmed.length) blocks.push({ section, body: trimmed, citation });
    body = [];
  };
  for (const line of lines) {
    const heading = headingOf(line.text);
    if (heading) {
      close(null);
      section = heading;
    } else if (line.text.trim() && isCitation(line.text) && trimBlank(body).length) {
      close(line);
    } else body.push(line);
  }
  close(null);
  return { blocks: blocks.flatMap((b) => (b.citation ? [b] : paragraphs(b))), section };
}

/** The block cut at blank lines, each paragraph keeping the block's section. */
function paragraphs(block: Block): Block[] {
  const out: Block[] = [];
  let body: Line[] = [];
  for (const line of [...block.body, null]) {
    if (line && line.text.trim()) body.push(line);
    else if (body.length) {
      out.push({ section: block.section, body, citation: null });
      body = [];
    }
  }
  return out;
}
