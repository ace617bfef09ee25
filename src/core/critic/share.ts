/**
 * Policy `final-answer`: "12 out of 20 students is 60% of the entire class." names a part of a whole by
 * its count and says what share it is; the sentence states the value after "is" (60%), not its counts.
 * For a question that asks for a percentage the value must be a percent; for one that asks how many,
 * the count may be the answer and the sentence is left as it is.
 */

import { askingSentence } from './question';

// The part: "12 out of 20 students", "9 of the 36 cookies", "15/40 of the marbles", "3/8 of the bag".
const PART = String.raw`(?:\d[\d,]*\s+(?:out\s+of|of(?:\s+the)?|in)\s+(?:the\s+|all\s+)?\d[\d,]*|\d+\s*/\s*\d+\s+of(?:\s+the)?)(?:\s+[A-Za-z][A-Za-z'-]*){0,4}?`;
// The verb that says what share the part is.
const VERB = String.raw`(?:is|are|was|were|makes?\s+up|made\s+up|represents?|represented|accounts?\s+for|accounted\s+for|equals?|comes?\s+to|amounts?\s+to)`;
// The share: a percent, a fraction or a decimal ("60%", "60 percent", "3/8", "0.6").
const VALUE = String.raw`(\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|\d+\s*/\s*\d+|\d*\.\d+)`;
// "…of the entire class", "…of all voters": the whole it is a share of.
const OF_WHOLE = String.raw`(?:\s+of\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z][A-Za-z'-]*\s*){1,4})?`;
const SHARE = new RegExp(String.raw`^(?:(?:so|thus|therefore|hence)\s*,?\s+)?(?:the\s+)?${PART}\s+${VERB}\s+(?:about\s+|approximately\s+|exactly\s+|roughly\s+)?${VALUE}${OF_WHOLE}\s*[.!]?$`, 'i');

/** The share a sentence "<part> is <value> [of the whole]" states, when the question asks for a share (or there is none); null otherwise. */
export function statedShare(sentence: string, question: string | undefined): string | null {
  const m = SHARE.exec(sentence.trim());
  if (!m) return null;
  const value = m[1]!.replace(/\s*(?:percent|per\s+cent)$/i, '%').replace(/\s+/g, '');
  if (!question) return value;
  // What the asking sentence asks for: "What percentage of …?" (not "20% enrolled in …" in the data before it).
  const asks = askingSentence(question);
  if (/\bhow many\b/i.test(asks)) return null;
  if (/\bpercent(?:age)?s?\b|%/i.test(asks)) return value.endsWith('%') ? value : null;
  return /\b(?:fraction|proportion|part|share|ratio|decimal)\b/i.test(asks) ? value : null;
}
