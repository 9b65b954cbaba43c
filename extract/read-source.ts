import { readFileSync } from 'node:fs';

/** Reads a source document as text, refusing input that is not UTF-8 text. */

export class InputError extends Error {}

/** 1-based line holding byte `offset`, for error messages. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest prefix that decodes: a prefix ending inside a valid sequence fails too, so
  // back off up to three bytes from the first failing prefix length.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

export function decodeSource(path: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`${path}:${lineOfByte(bytes, nul)}: binary file (NUL byte), not a text document`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`${path}:${lineOfByte(bytes, at)}: invalid UTF-8 at byte ${at}`);
  }
}

export function readSource(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String(e);
    throw new InputError(`${path}: cannot read: ${why}`);
  }
  return decodeSource(path, bytes);
}
