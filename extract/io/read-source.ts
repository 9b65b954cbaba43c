import { readFileSync } from 'node:fs';
import { InputError } from '../errors';

/** Reads a source document as text, refusing input that is not UTF-8 text. */

/** 1-based line holding byte `offset`, for error messages. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The second byte's range after each lead byte that has a narrower one (no overlong forms, no surrogates, nothing past U+10FFFF). */
const SECOND: Record<number, [number, number]> = { 0xe0: [0xa0, 0xbf], 0xed: [0x80, 0x9f], 0xf0: [0x90, 0xbf], 0xf4: [0x80, 0x8f] };

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes[i]!);
    if (!n) return i;
    for (let k = 1; k < n; k++) {
      const [lo, hi] = k === 1 ? (SECOND[bytes[i]!] ?? [0x80, 0xbf]) : [0x80, 0xbf];
      const b = bytes[i + k];
      if (b === undefined || b < lo || b > hi) return i;
    }
    i += n;
  }
  return bytes.length;
}

export function decodeSource(path: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('binary file (NUL byte), not a text document', path, lineOfByte(bytes, nul));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`invalid UTF-8 at byte ${at}`, path, lineOfByte(bytes, at));
  }
}

/** The InputError for a file that cannot be opened or read. */
export function cannotRead(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String(e);
  return new InputError(`cannot read: ${why}`, path);
}

export function readSource(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw cannotRead(path, e);
  }
  return decodeSource(path, bytes);
}
