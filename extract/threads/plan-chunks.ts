import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { looksLikeCitation } from '../citation/citation';
import { cannotRead } from '../io/read-source';
import { headingOf } from '../segment/blocks';
import type { Span } from '../types';

/**
 * Cuts a large document into chunks that segment exactly as the whole does, so that they can be
 * read on several threads. A chunk ends right after a citation line that certainly closes a
 * passage: the nearest non-blank line before it is neither a heading nor citation-like, so it
 * is in the passage's body. Only a little of the file around each cut is read here.
 */

/** A chunk's place in its file, counted in bytes rather than characters. */
export type ByteRange = Span;

/** How much of the file is searched for a cut; past it, the chunk simply runs on to the next. */
const WINDOW = 256 * 1024;
const LF = 0x0a;
const CR = 0x0d;

/** A '\n'-ended line of the window: its text (null when a lone CR splits it) and end offset. */
interface RawLine {
  text: string | null;
  end: number;
}

function* rawLines(bytes: Buffer): Generator<RawLine> {
  // The window may begin mid-line: start after its first line break.
  let start = bytes.indexOf(LF) + 1;
  for (let eol = bytes.indexOf(LF, start); start > 0 && eol >= 0; start = eol + 1, eol = bytes.indexOf(LF, start)) {
    const body = bytes.subarray(start, eol > start && bytes[eol - 1] === CR ? eol - 1 : eol);
    yield { text: body.includes(CR) ? null : body.toString('utf8'), end: eol + 1 };
  }
}

/** Offset in the window just after the first line that closes a passage, or null. */
function cutIn(bytes: Buffer): number | null {
  let previousInBody = false;
  for (const { text, end } of rawLines(bytes)) {
    if (text === null) previousInBody = false;
    else if (!text.trim()) continue;
    else if (headingOf(text)) previousInBody = false;
    else if (looksLikeCitation(text)) {
      if (previousInBody) return end;
      previousInBody = false;
    } else previousInBody = true;
  }
  return null;
}

function cutNear(fd: number, target: number, size: number): number | null {
  const bytes = Buffer.alloc(Math.min(WINDOW, size - target));
  const read = readSync(fd, bytes, 0, bytes.length, target);
  const at = cutIn(bytes.subarray(0, read));
  return at === null ? null : target + at;
}

/** The file's chunks of about `chunkBytes` each, in order, covering every byte. */
export function planChunks(path: string, chunkBytes: number): ByteRange[] {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw cannotRead(path, e);
  }
  try {
    const { size } = fstatSync(fd);
    const parts = Math.max(1, Math.ceil(size / chunkBytes));
    const cuts = [0];
    for (let k = 1; k < parts; k++) {
      const target = Math.round((k * size) / parts);
      if (target <= cuts[cuts.length - 1]!) continue;
      const cut = cutNear(fd, target, size);
      if (cut !== null && cut < size) cuts.push(cut);
    }
    return cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? size }));
  } catch (e) {
    throw cannotRead(path, e);
  } finally {
    closeSync(fd);
  }
}
