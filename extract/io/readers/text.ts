import { InputError } from '../../errors';

/**
 * Bytes of a plain-text document → its text: UTF-8 with or without a byte-order mark, UTF-16 with
 * one, else Windows-1252 (the usual encoding of older Western text files), with a warning.
 */

export interface Decoded {
  text: string;
  warnings: string[];
}

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

export function decodeText(name: string, bytes: Uint8Array): Decoded {
  const wide = utf16(bytes);
  // TextDecoder drops the byte-order mark, so offsets index the text after it.
  if (wide) return { text: new TextDecoder(wide).decode(bytes), warnings: [] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('binary file (NUL byte), not a text document', name, lineOfByte(bytes, nul));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { text: decodeWindows1252(bytes), warnings: [`${name}: warning: not UTF-8; read as Windows-1252`] };
  }
}
