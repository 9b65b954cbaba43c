import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../extract/io/read-source';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const message = (b: Uint8Array) => {
  try {
    decodeSource('d.txt', b);
    return 'decoded';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('reading a source document', () => {
  it.each([
    ['a stray continuation byte at a line’s start', bytes('one\ntwo é\n', [0x80], 'x\n'), 'd.txt:3: invalid UTF-8 at byte 11'],
    ['an overlong form', bytes('one\n', [0xc0, 0x80]), 'd.txt:2: invalid UTF-8 at byte 4'],
    ['an encoded surrogate', bytes('ü\n', [0xed, 0xa0, 0x80]), 'd.txt:2: invalid UTF-8 at byte 3'],
    ['a sequence cut short by the end', bytes('one “two”\n', [0xe2, 0x80]), 'd.txt:2: invalid UTF-8 at byte 14'],
    ['a NUL byte', bytes('one\ntwo\n', [0]), 'd.txt:3: binary file (NUL byte), not a text document']
  ])('names the line and byte of %s', (_, b, expected) => {
    expect(message(b)).toBe(expected);
  });

  it('decodes valid text of every sequence length, dropping a leading byte-order mark', () => {
    expect(decodeSource('d.txt', bytes([0xef, 0xbb, 0xbf], 'a é “ 𝄞'))).toBe('a é “ 𝄞');
  });
});
