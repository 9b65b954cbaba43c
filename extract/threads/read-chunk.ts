import { isAscii, isUtf8, transcode } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { ZodError } from 'zod';
import { claimSchema, type Claim } from '../../contract/schema';
import { draftRecords, type Drafts } from '../../contract/csv-drafts';
import { CORPUS_COLUMNS } from '../corpus';
import type { ByteRange } from './plan-chunks';
import { extractSegmented, segmentText, type Segmented } from '../pipeline';
import { InputError } from '../errors';

/**
 * One chunk of a document, read on whichever thread runs it. Opening it segments its text and
 * says what it hands on to the next chunk; finishing it, given what the chunks before it hand
 * on, gives its claims, checked against the schema, with offsets and lines counted from the
 * document's start.
 */

export interface ChunkTask {
  path: string;
  doc: string;
  range: ByteRange;
}

export interface ChunkHead {
  keys: string[];
  lines: number;
  /** UTF-16 length of the chunk's text: the offset of the next chunk's first character. */
  chars: number;
  /** The section in force at the chunk's end; '' when the chunk has no heading. */
  section: string;
}

export interface ChunkBase {
  line: number;
  char: number;
  section: string;
  seen: [string, number][];
}

export interface ChunkDone {
  claims: Claim[];
  /** The claims' CSV records, drafted but for the corpus columns (contract/csv-drafts.ts). */
  drafts: Drafts;
  passages: number;
  cited: number;
  categories: [string, number][];
}

export interface OpenChunk {
  head: ChunkHead;
  finish(base: ChunkBase): ChunkDone;
}

/** The chunk holds a NUL or invalid UTF-8: the whole file is read again for the exact message. */
export class NotText extends Error {}

const BOM = [0xef, 0xbb, 0xbf];

function readText({ path, range }: ChunkTask): string {
  const bytes = Buffer.allocUnsafe(range.end - range.start);
  const fd = openSync(path, 'r');
  try {
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, range.start + at);
      if (!n) throw new InputError('the file got shorter while it was read', path);
      at += n;
    }
  } finally {
    closeSync(fd);
  }
  if (bytes.includes(0) || !isUtf8(bytes)) throw new NotText(path);
  // As TextDecoder does for a whole file, drop a byte-order mark at the document's start only.
  const bom = range.start === 0 && BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  return decode(bytes.subarray(bom));
}

/**
 * Valid UTF-8 as a string. V8's own decoder manages about 100 MB/s on text with curly quotes;
 * transcoding to UTF-16 (simdutf) and copying that is twenty times faster.
 */
function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
}

/** Names the document and line of the first claim that fails the schema. */
function schemaError(e: ZodError, claims: Claim[]): InputError {
  const bad = claims.find((c) => !claimSchema.safeParse(c).success);
  const reason = `claim fails the schema: ${e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  return new InputError(reason, bad?.doc, bad?.line);
}

/** The claims' records, drafted here on the chunk's thread, which checks them against the schema. */
function drafted(claims: Claim[]): Drafts {
  try {
    return draftRecords(claims, CORPUS_COLUMNS);
  } catch (e) {
    if (e instanceof ZodError) throw schemaError(e, claims);
    throw e;
  }
}

function finish(task: ChunkTask, text: string, seg: Segmented, base: ChunkBase): ChunkDone {
  const { passages, claims } = extractSegmented(task.doc, text, seg, { section: base.section, seen: new Map(base.seen) });
  const categories = new Map<string, number>();
  for (const c of claims) {
    c.line += base.line;
    c.start += base.char;
    c.end += base.char;
    c.passage_start += base.char;
    c.passage_end += base.char;
    categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
  }
  const cited = passages.filter((p) => p.citation).length;
  return { claims, drafts: drafted(claims), passages: passages.length, cited, categories: [...categories] };
}

export function openChunk(task: ChunkTask): OpenChunk {
  const text = readText(task);
  const seg = segmentText(text);
  return {
    head: { keys: seg.keys, lines: seg.lines, chars: text.length, section: seg.section },
    finish: (base) => finish(task, text, seg, base)
  };
}
