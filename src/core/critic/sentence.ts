/**
 * Policy `final-answer` for an answer written as a sentence ("so the probability is 5/8", "The shape
 * is an ellipse.", "She spent $42 in total."): the part that states the answer, or why there is none.
 */
import { SHORT_UNITS } from './units';

/** What a sentence says: one value (as text to compare), a hedge, no value at all, or too many to tell. */
export type SentenceReading = { kind: 'value'; text: string } | { kind: 'hedged' } | { kind: 'none' } | { kind: 'several' };

// Where the stated result starts: after a copula or a verb of result.
const COPULA = /(?:^|\s)(?:is|are|was|were|be|equals?|=|:|becomes?|remains?|gives?|get|obtain|makes?|comes? to|works? out to|reads)(?:\s+(?:approximately|about|around|roughly|exactly|equal to|then))?\s*$/i;
// A result clause at the end of a sentence: "…, so 30 are left", "… which gives 12".
const RESULT_CLAUSE = /(?:^|[,;]\s*|\s)(?:so|thus|therefore|hence|giving|leaving|which (?:gives|means|makes|leaves|is)|that (?:makes|gives|leaves)|for a total of|making)\b/gi;
// Explanations after the stated answer: "B, since 7 is prime", "18 because …".
const EXPLANATION = /\s*(?:,\s*|\s+)(?:because|since|as|which|where|so that|given that|due to)\b[\s\S]*$/i;
/**
 * Words that keep the stated value open ("or", "maybe", "at least"); policy `hedges`. "About" and
 * "approximately" are not among them: they announce a rounded value, which policy `decimals` judges.
 */
export const HEDGE_WORDS = /\b(?:at least|at most|more than|less than|fewer than|greater than|between|nearly|almost|or|maybe|perhaps|possibly|probably|either|not|no|unknown|wrong|incorrect|isn't|cannot|can't|impossible|unsure|guess)\b/i;
const INLINE_MATH = /\$\$([^$]+)\$\$|\$([^$]+)\$|\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g;
const ORDINAL = /^(?:st|nd|rd|th)$/;

/** Markdown emphasis and surrounding quotes removed; trailing punctuation dropped. */
function plain(sentence: string): string {
  return sentence
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/[.!;:,\s]+$/, '')
    .trim();
}

/** A standalone number token (`$18`, `1,250`, `5/8`, `3rd`, `25%`, `5cm`); null for a code or a word with a digit (`A7`, `QX7Z`, `12A`). */
export function numberToken(raw: string): string | null {
  const t = raw.replace(/^[("'‘“[{]+|[)"'’”\]},.;:!?]+$/g, '').replace(/^\$/, '');
  const m = /^(-?\d+(?:,\d{3})*(?:\.\d+)?(?:\/\d+)?)(%|[A-Za-z]+(?:\^\d)?)?$/.exec(t);
  if (!m) return null;
  const suffix = m[2];
  if (suffix && suffix !== '%' && !ORDINAL.test(suffix) && !SHORT_UNITS.has(suffix)) return null;
  return suffix === '%' ? `${m[1]}%` : m[1]!;
}

/** The distinct numbers written in `text` as standalone tokens, by value. */
export function standaloneNumbers(text: string): string[] {
  const seen = new Map<number, string>();
  for (const token of text.split(/\s+/)) {
    const n = numberToken(token);
    if (n === null) continue;
    const [a, b] = n.replace(/[,%]/g, '').split('/');
    const value = Number(a) / (b ? Number(b) : 1);
    if (!seen.has(value)) seen.set(value, n);
  }
  return [...seen.values()];
}

/** "The shape is an ellipse" → "an ellipse": what follows the last copula of a short sentence, explanations dropped. */
export function copulaTail(sentence: string): string | null {
  const m = /^(?:(?:so|thus|therefore|hence|finally)\s*,?\s*)?[^=$\\]{0,80}\s(?:is|are|was|were|equals|will be|would be)\s+(?:(?:on|at|in|of)\s+)?(.+)$/i.exec(plain(sentence).replace(EXPLANATION, ''));
  return m ? m[1]!.trim() : null;
}

// "Plan 9", "Route 66": a name with a number, not a quantity ("7 apples") and not a label ("Total 9").
const NAME_WITH_NUMBER = /^(?!(?:answer|total|result|sum|value|solution|final|ans)\b)[A-Za-z][A-Za-z'-]*\s+-?\d+$/i;

/** A short text that names something with a number in it (`Plan 9`), rather than stating the number. */
export function isNameWithNumber(text: string): boolean {
  return NAME_WITH_NUMBER.test(plain(text));
}

/** "Yes, it converges." → true; "No." → false; null when the sentence does not open with yes or no. */
export function sentenceYesNo(sentence: string): boolean | null {
  const m = /^\s*(yes|no|true|false)\b(?:[,.;:!]|\s*$)/i.exec(sentence);
  return m ? /^(?:yes|true)$/i.test(m[1]!) : null;
}

/** The answer a sentence states (see the module comment). */
export function sentenceAnswer(sentence: string): SentenceReading {
  const s = plain(sentence);
  const maths = [...s.matchAll(INLINE_MATH)];
  if (maths.length > 0) {
    const last = maths[maths.length - 1]!;
    const before = s.slice(0, last.index);
    const after = s.slice(last.index! + last[0].length);
    const body = (last[1] ?? last[2] ?? last[3] ?? last[4])!.trim();
    const stated = COPULA.test(before) || (maths.length === 1 && !/[A-Za-z]{3,}/.test(after.replace(/\b(?:square|cubic|units?|[a-z]{1,3})\b/gi, '')));
    if (!stated) return { kind: 'several' };
    if (HEDGE_WORDS.test(after) || /\b(?:or|maybe|perhaps)\s*$/i.test(before)) return { kind: 'hedged' };
    return { kind: 'value', text: body };
  }
  if (s.includes('\\')) {
    const tail = copulaTail(s);
    return tail ? { kind: 'value', text: tail } : { kind: 'several' };
  }
  // The last result clause that holds a number states the result; without one, the whole sentence does.
  let clause = s;
  for (const m of s.matchAll(RESULT_CLAUSE)) {
    const rest = s.slice(m.index! + m[0].length);
    if (/\d/.test(rest)) clause = rest;
  }
  const inClause = standaloneNumbers(clause);
  const numbers = inClause.length > 0 ? inClause : standaloneNumbers(s);
  // "12 + 30 = 42": the result after the last `=`, when it is the last number.
  const result = /=\s*\$?(-?\d+(?:,\d{3})*(?:\.\d+)?)(?![\d.]*\s*[-+*/x×]\s*\d)[^=\d]*$/.exec(clause);
  if (numbers.length === 0 && !result) return { kind: 'none' };
  if (HEDGE_WORDS.test(result ? clause.slice(clause.lastIndexOf('=')) : inClause.length > 0 ? clause : s)) return { kind: 'hedged' };
  if (result) return { kind: 'value', text: result[1]! };
  return numbers.length === 1 ? { kind: 'value', text: numbers[0]! } : { kind: 'several' };
}
