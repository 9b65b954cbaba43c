import type { Qualifier } from '../../contract/schema';
import { after, before, textOf, type Candidate } from '../context/candidate';

/** Hedges written just before (or after) a figure. */

const ONLY = '(?:only |just |some |a total of |roughly )?';
const BEFORE: [RegExp, Qualifier][] = [
  // "nor were there more than half a dozen": a negated "more than" caps the figure.
  [new RegExp(`\\b(?:nor|not|never|no)\\b[^,;.]{0,25}\\bmore than\\s${ONLY}(?:the )?$`, 'i'), 'at_most'],
  [new RegExp(`\\b(?:at least|over|(?<!no |not )more than|upwards? (?:of|on)|no fewer than|no less than|not less than|a minimum of|in excess of|well over|exceeding)\\s${ONLY}(?:the )?$`, 'i'), 'at_least'],
  [new RegExp(`\\b(?:up to|at most|at the most|(?<!\\b(?:to|reached|reaching|hit)(?: a| the)? )(?:a |the )?maximum of|limited to|no more than|not more than|(?<!no |not )less than|under|(?<!no |not )fewer than|within|not exceeding|as few as)\\s${ONLY}(?:the )?$`, 'i'), 'at_most'],
  [new RegExp(`\\b(?:about|approximately|approx\\.|some|roughly|around|nearly|almost|circa|c\\.|estimated|an estimated|perhaps|probably|close to|in the region of|possibly|approaching|estimated (?:that|at))\\s${ONLY}$`, 'i'), 'about']
];

const AFTER: [RegExp, Qualifier][] = [
  [/^(?: [a-z]+)?,? (?:or more|and more|plus)\b/i, 'at_least'],
  // "We had not nine of them, but many more": the figure is a floor.
  [/^[^.;:,]{0,40},? but (?:many |far |even |still )?more\b/i, 'at_least'],
  [/^(?: [a-z]+)?,? (?:at the most|at most|or less|or fewer)\b/i, 'at_most'],
  [/^(?: [a-z]+)?,? or so\b/i, 'about']
];

export function qualifierOf(c: Candidate): Qualifier {
  if (c.expr.odd || /\bodd\b/i.test(textOf(c))) return 'about';
  const text = before(c, 40);
  for (const [re, q] of BEFORE) if (re.test(text)) return q;
  for (const [re, q] of AFTER) if (re.test(after(c, 60))) return q;
  return 'exact';
}
