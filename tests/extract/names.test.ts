import { describe, expect, it } from 'vitest';
import { nameOf } from '../../extract/refiners/names';

describe('nameOf', () => {
  it.each([
    ['Margaret Okafor', 'Okafor'],
    ['Hale’s', 'Hale'],
    ['Dr. Ivo Petrich', 'Petrich'],
    ['UNRRA', 'UNRRA'],
    ['The Vatican', 'Vatican'],
    ['Reese', 'Reese']
  ])('reads the name in %s', (raw, name) => {
    expect(nameOf(raw)).toBe(name);
  });

  it.each(['Let', 'It', 'Having', 'Approximately', 'Altogether', 'In March', 'Portuguese', 'Hungarian', 'When'])(
    'takes no name from the ordinary word %s',
    (raw) => {
      expect(nameOf(raw)).toBeNull();
    }
  );
});
