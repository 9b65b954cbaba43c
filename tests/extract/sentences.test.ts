import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../extract/context/sentences';
import { headingOf } from '../../extract/segment/blocks';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentence bounds', () => {
  it('ends a sentence after the note references an encyclopedia puts after its full stop', () => {
    expect(sentences('The flood drowned 900 cattle.[4][5] The mill was rebuilt.')).toEqual([
      'The flood drowned 900 cattle.[4][5]', 'The mill was rebuilt.'
    ]);
    expect(sentences('Only 70 came back.[b]:212–214 Others stayed.')).toEqual(['Only 70 came back.[b]:212–214', 'Others stayed.']);
  });

  it('does not end a sentence at a reference inside it', () => {
    expect(sentences('Some 300 boats,[7] most of them small, sank.')).toEqual(['Some 300 boats,[7] most of them small, sank.']);
  });

  it('keeps a full stop after an initial or an abbreviation inside the sentence', () => {
    expect(sentences('Dr. Hale and J. Moss counted 40 graves. They left.')).toEqual(['Dr. Hale and J. Moss counted 40 graves.', 'They left.']);
  });
});

describe('section headings', () => {
  it('reads parts, chapters and books, with or without a series title, and nothing else', () => {
    expect(headingOf('The Lighthouse Series. Part Three: Harbours.')).toBe('Part Three: Harbours');
    expect(headingOf('Chapter 4: The Famine')).toBe('Chapter 4: The Famine');
    expect(headingOf('Book II: The Long Winter.')).toBe('Book II: The Long Winter');
    expect(headingOf('In part two: the harbour held 400 ships.')).toBeNull();
    expect(headingOf('Chapter and verse were quoted at length by the 12 delegates')).toBeNull();
  });
});
