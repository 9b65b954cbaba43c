/** Shapes passed between the steps of the extraction pipeline. */

export interface Citation {
  /** The citation line as written (trailing backslash and spaces removed). */
  text: string;
  author: string;
  title: string;
  year: number | null;
  pages: string;
}

export interface Passage {
  /** Stable within a document: derived from the offset of its first character. */
  id: string;
  section: string;
  /** 1-based lines of the body (first..last) and of the citation, if any. */
  firstLine: number;
  lastLine: number;
  citationLine: number | null;
  /** Offsets of the body in the whole document (0-based, end exclusive). */
  start: number;
  end: number;
  citation: Citation | null;
}

/** A range in some text (0-based, end exclusive): a sentence, a figure, a title, a chunk's bytes. */
export interface Span {
  start: number;
  end: number;
}
