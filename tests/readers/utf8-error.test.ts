import { describe, expect, it } from 'vitest';
import { NotUtf8Error, sampleFault, utf8Error } from '../../extract/io/readers/text';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('where a text is not UTF-8', () => {
  it.each([
    ['a stray continuation byte at a line’s start', bytes('one\ntwo é\n', [0x80], 'x\n'), 'd.txt:3: invalid UTF-8 at byte 11'],
    ['an overlong form', bytes('one\n', [0xc0, 0x80]), 'd.txt:2: invalid UTF-8 at byte 4'],
    ['an encoded surrogate', bytes('ü\n', [0xed, 0xa0, 0x80]), 'd.txt:2: invalid UTF-8 at byte 3'],
    ['a sequence cut short by the end', bytes('one “two”\n', [0xe2, 0x80]), 'd.txt:2: invalid UTF-8 at byte 14'],
    ['a NUL byte', bytes('one\ntwo\n', [0]), 'd.txt:3: binary file (NUL byte), not a text document']
  ])('names the line and byte of %s', (_, b, expected) => {
    expect(utf8Error('d.txt', b)?.message).toBe(expected);
  });

  it('tells bytes that are not UTF-8 from a binary file, and finds no fault in valid text of every sequence length', () => {
    expect(utf8Error('d.txt', bytes('caf', [0xe9]))).toBeInstanceOf(NotUtf8Error);
    expect(utf8Error('d.txt', bytes('a', [0]))).not.toBeInstanceOf(NotUtf8Error);
    expect(utf8Error('d.txt', bytes([0xef, 0xbb, 0xbf], 'a é “ 𝄞'))).toBeNull();
  });
});

describe('the start of a file', () => {
  it('may be UTF-8 text, with a character cut by its end; else is binary (or UTF-16) or not UTF-8', () => {
    expect(sampleFault(bytes('some 400 mills, “about”'))).toBeNull();
    expect(sampleFault(bytes('café').subarray(0, 4))).toBeNull();
    expect(sampleFault(bytes([0xff, 0xfe], 'a'))).toBe('not-utf8');
    expect(sampleFault(bytes('a', [0], 'b'))).toBe('nul');
    expect(sampleFault(bytes('caf', [0xe9], ' au lait'))).toBe('not-utf8');
  });
});
