import { InputError } from '../../errors';

/**
 * The one decoder of text documents, for the command line and the page alike: bytes → text,
 * UTF-8 with or without a byte-order mark, UTF-16 with one, else Windows-1252 (the usual encoding
 * of older Western text files), with a warning; a NUL byte refuses the file. The command line's
 * chunked reader takes UTF-8 alone; `utf8Error` says where a file is not.
 */

export interface Decoded {
  text: string;
  warnings: string[];
}

/** 1-based line holding byte `offset`, for error messages. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9f (the rest are Latin-1's). Decoded here rather than
 * by TextDecoder: Node's decodes windows-1252 as Latin-1, which would make the command line and
 * the browser read the same file differently.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const b of bytes) chars.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b));
  return chars.join('');
}

/** The second byte's range after each lead byte that has a narrower one (no overlong forms, no surrogates, nothing past U+10FFFF). */
const SECOND: Record<number, [number, number]> = { 0xe0: [0xa0, 0xbf], 0xed: [0x80, 0x9f], 0xf0: [0x90, 0xbf], 0xf4: [0x80, 0x8f] };

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence; TextDecoder says only that one exists. */
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

function binaryError(name: string, bytes: Uint8Array, nul: number): InputError {
  return new InputError('binary file (NUL byte), not a text document', name, lineOfByte(bytes, nul));
}

/** What the start of a file says: a NUL byte (a binary file, or UTF-16), bytes that are not UTF-8, or nothing against UTF-8 text. */
export type SampleFault = 'nul' | 'not-utf8' | null;

/** A character cut by the sample's end is no fault: the decoder is told more may follow. */
export function sampleFault(sample: Uint8Array): SampleFault {
  if (sample.includes(0)) return 'nul';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return null;
  } catch {
    return 'not-utf8';
  }
}

/** A text that is not UTF-8, where a reader takes nothing else. */
export class NotUtf8Error extends InputError {}

/** Why the bytes are not UTF-8 text, naming the line (and the byte) at fault; null when they are. */
export function utf8Error(name: string, bytes: Uint8Array): InputError | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return binaryError(name, bytes, nul);
  const at = firstInvalidUtf8(bytes);
  return at < bytes.length ? new NotUtf8Error(`invalid UTF-8 at byte ${at}`, name, lineOfByte(bytes, at)) : null;
}

export function decodeText(name: string, bytes: Uint8Array): Decoded {
  const wide = utf16(bytes);
  // TextDecoder drops the byte-order mark, so offsets index the text after it.
  if (wide) return { text: new TextDecoder(wide).decode(bytes), warnings: [] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binaryError(name, bytes, nul);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { text: decodeWindows1252(bytes), warnings: [`${name}: warning: not UTF-8; read as Windows-1252`] };
  }
}
