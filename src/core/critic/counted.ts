/**
 * Policy `final-answer`: the count a sentence gives of the very thing a "how many" question counts,
 * where the sentence also holds other numbers ("There are sixteen possible functions, one for each way
 * of filling the four output entries.", "$z = 0$ together with the sixth roots of unity gives seven
 * complex numbers.").
 */
import { numberWord } from './text';

const SMALL = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUM = String.raw`(?:${SMALL}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)`;
// Digits, or a run of number words ("twenty-one", "one hundred and five").
const COUNT = String.raw`(\d[\d,]*|${NUM}(?:[\s-]+(?:and\s+)?${NUM})*)`;
// Up to three words between the count and the noun ("sixteen possible functions").
const ADJECTIVES = String.raw`((?:[a-z][a-z-]*\s+){0,3}?)`;
// A word that ends in s but is no plural noun.
const NOT_PLURAL = /^(?:is|was|has|does|this|its|us|as|plus|minus|less|across|thus)$/i;

/** The plural noun a "how many" question counts (the first plural among the next five words: "functions" in "How many different possible one-output boolean functions …?"); null when none. */
export function countedNoun(question: string): string | null {
  const words = /\bhow many\s+((?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)/i.exec(question)?.[1]?.split(/\s+/) ?? [];
  const noun = words.find((w) => /^[a-z]{3,}s$/i.test(w) && !NOT_PLURAL.test(w));
  return noun === undefined ? null : noun.toLowerCase();
}

/** A count phrase's number; null for words that are no one number ("sixteen one-output": two numbers side by side). */
function countOf(text: string): number | null {
  if (/\d/.test(text)) return Number(text.replace(/,/g, ''));
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  const small = new RegExp(`^(?:${SMALL})$`);
  if (words.some((w, i) => i > 0 && small.test(w) && small.test(words[i - 1]!))) return null;
  return numberWord(words.join(' '));
}

function nounPattern(noun: string): string {
  return String.raw`${noun.replace(/(?:es|s)$/, '')}(?:s|es)?\b`;
}

// Words that make the count conditional, partial or one of several.
const QUALIFIED = /\b(?:and|or|but|if|when|unless|not|no|only|except|about|approximately|roughly|around|nearly|almost|maybe|perhaps|probably|at (?:least|most)|more|less|fewer|other|another|remaining|each)\b/i;

/**
 * "…$z = 0$ together with the sixth roots of unity gives seven complex numbers.": what follows the last
 * formula, a clause that gives (makes, yields) a count of the noun the question counts and ends there.
 */
export function countGivenAfterFormula(after: string, question: string): string | null {
  const noun = countedNoun(question);
  if (noun === null) return null;
  const m = new RegExp(String.raw`^([^,;:.\d$=]*?)\b(?:gives?|makes?|yields?)\s+(?:exactly\s+)?${COUNT}\s+${ADJECTIVES}${nounPattern(noun)}\s*[.!]?\s*$`, 'i').exec(after);
  if (!m || QUALIFIED.test(m[1]!) || QUALIFIED.test(m[3]!)) return null;
  const n = countOf(m[2]!);
  return n === null ? null : String(n);
}

/**
 * "There are sixteen possible functions, one for each way of filling the four output entries.": a sentence
 * that opens by stating how many of the counted noun there are, and after a comma only says what each
 * one stands for ("one for each …") or lists them ("There are two such values, $c = \pm 2\sqrt{10}$."), states that count.
 */
export function thereAreCount(p: string, question: string): string | null {
  const noun = countedNoun(question);
  if (noun === null) return null;
  const m = new RegExp(String.raw`^(?:(?:so|thus|hence|therefore)\s*,?\s+)?there\s+(?:are|is)\s+(?:exactly\s+)?${COUNT}\s+${ADJECTIVES}${nounPattern(noun)}(?:\s*\$?\s*\(\s*[A-Za-z](?:\s*,\s*[A-Za-z])+\s*\)\s*\$?)?(?:\s+in (?:total|all))?\s*(?:[.!]?\s*$|,\s*one\s+(?:for|per)\s+(?:each|every)\b[^,;]*$|,\s*(?:namely\s+)?\$?\s*[A-Za-z](?:_\{?\w+\}?)?\s*=[^;]*$)`, 'i').exec(p.trim());
  const n = m && !QUALIFIED.test(m[2]!) ? countOf(m[1]!) : null;
  return n === null ? null : String(n);
}
