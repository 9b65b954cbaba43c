import { ReaderError } from './formats';

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

export function decodeText(name: string, bytes: Uint8Array): Decoded {
  const wide = utf16(bytes);
  // TextDecoder drops the byte-order mark, so offsets index the text after it.
  if (wide) return { text: new TextDecoder(wide).decode(bytes), warnings: [] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ReaderError(`${name}:${lineOfByte(bytes, nul)}: binary file (NUL byte), not a text document`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warnings: [`${name}: warning: not UTF-8; read as Windows-1252`] };
  }
}
