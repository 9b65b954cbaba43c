/** A document's lines with their offsets: LF, CRLF and lone CR all end a line. */
export interface Line {
  /** 1-based line number. */
  no: number;
  /** Offset of the line's first character in the whole document. */
  start: number;
  text: string;
}

const BOM = '\uFEFF';

export function splitLines(doc: string): Line[] {
  const lines: Line[] = [];
  let start = doc.startsWith(BOM) ? 1 : 0;
  const eol = /\r\n|\r|\n/g;
  for (let m = eol.exec(doc); m; m = eol.exec(doc)) {
    lines.push({ no: lines.length + 1, start, text: doc.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < doc.length) lines.push({ no: lines.length + 1, start, text: doc.slice(start) });
  return lines;
}
