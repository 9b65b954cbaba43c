import { after, before, type Candidate } from '../context/candidate';

/** A few words naming what is counted: the phrase after the figure, or else the one before. */

const STOP = /[.;:!?()“”"]|\s[–—]\s|, (?:and|but|which|who|while|a|the)\b/;

function clip(text: string, words: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
}

export function countedOf(c: Candidate): string {
  const next = after(c, 80).split(STOP)[0]!.replace(/^[-,\s]+/, '');
  const phrase = clip(next, 6);
  if (/[a-z]/i.test(phrase)) return phrase;
  const prev = before(c, 80).split(STOP).pop()!;
  return clip(prev.split(/\s+/).slice(-6).join(' '), 6);
}
