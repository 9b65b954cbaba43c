import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claims } from './support';

const texts = readFileSync(new URL('./no-claims.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));

describe('texts that hold no claim', () => {
  it('has texts to check', () => expect(texts.length).toBeGreaterThan(20));
  it.each(texts)('%s', (text) => {
    expect(claims(text).map((c) => c.text)).toEqual([]);
  });
});
