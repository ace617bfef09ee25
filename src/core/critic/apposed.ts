/**
 * Policy `final-answer`: "Comparing, $c$ is just the initial current, $I(0)$." for "What is $c$?": the
 * quantity the question names is said to be a thing, and the formula set after a comma at the end names
 * that same thing, so it is the answer.
 */
import { askedPart } from './question';

// Words that make the thing a part, a multiple or a function of what the formula names, or deny it:
// "$c$ is half the initial current, $I(0)$" does not say c = I(0).
export const CHANGES_THE_VALUE = /\b(?:not|never|no|of|half|twice|double|triple|times|squared|cubed|square|cube|root|inverse|reciprocal|negative|opposite|minus|plus|less|more|fraction|multiple|part|sum|difference|product|ratio|per|over|than|or|and|maybe|perhaps|probably|possibly|approximately|about|roughly|nearly|almost)\b/i;

/** The formula apposed to the thing the asked quantity is said to be; null when the sentence is not so. */
export function apposedFormula(written: string, question: string | undefined): string | null {
  const part = question === undefined ? null : askedPart(question);
  // The asked quantity: the first formula where the question says what it asks, a single name (`c`, `v_0`).
  const name = part === null ? undefined : /^\s*\$\s*([A-Za-z](?:_\{?\w+\}?)?)\s*\$/.exec(part)?.[1];
  if (name === undefined) return null;
  const escaped = name.replace(/[\\^${}()|[\]*+?.]/g, '\\$&');
  const m = new RegExp(String.raw`\$\s*${escaped}\s*\$\s+(?:is|equals)\s+(?:just|simply|exactly|precisely)?\s*((?:the|an?)\s+(?:[a-z-]+\s+){0,4}[a-z-]+)\s*,\s*\$([^$]+)\$\s*[.!]?\s*$`).exec(written);
  return m && !CHANGES_THE_VALUE.test(m[1]!) ? m[2]!.trim() : null;
}
