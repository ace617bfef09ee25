/**
 * Policy `final-answer`: closing words after the answer of a prose response that only comment on it.
 * "…he spends $75.00 on yogurt over the 30 days. That works out to $2.50 per day." restates the total
 * as a rate the question does not ask for; "…the fewest she could have made is 59. That is the first
 * such number above four dozen." describes the number just given. In both the answer is in the
 * sentence before. ", which is $2.50 a day" after the amount, in the same sentence, is the same remark.
 */

import { askingSentence } from './question';

// A value (money too: `$2.50`, `\$2.50`), then the words of what it counts ("180 bricks", "14 liters").
const AMOUNT = String.raw`(?:\\?\$\s*)?\d[\d,]*(?:\.\d+)?(?:\s+[A-Za-z]+){0,2}?`;
// "a day", "an hour": after "a"/"an" only a unit of time or a usual unit of pricing; after "per", "each", "every" any noun.
const A_UNIT = String.raw`(?:second|minute|hour|day|night|week|month|year|person|head|piece|item|unit|serving|slice|pound|kilogram|gallon|liter|litre|mile)s?`;
const RATE = String.raw`(?:per|each|every)\s+([A-Za-z]+)|an?\s+(${A_UNIT})\b`;
const APPROX = String.raw`(?:(?:about|approximately|roughly|around|nearly|just(?:\s+(?:over|under))?|exactly|only|an average of)\s+)*`;

// "That works out to $2.50 per day.", "That's $20 a week, as planned.", "This comes to about 180 bricks per hour on average."
const RATE_SENTENCE = new RegExp(String.raw`^(?:so\s*,?\s+)?(?:that|this|it)(?:['’]s|\s+(?:is|was|works out to|comes(?:\s+out)?\s+to|amounts to|means|makes))\s+${APPROX}${AMOUNT}\s+(?:${RATE})(?:\s+on average)?(?:\s*,\s*as\s+(?:planned|expected|given|stated))?\s*[.!]?$`, 'i');
// ", which is $2.50 a day", ", or 14 liters a week", ", i.e. 180 bricks per hour": the same remark closing the sentence of the amount.
const RATE_CLAUSE = new RegExp(String.raw`\s*,\s*(?:which\s+(?:is|comes to|works out to|amounts to|means)|that\s+is|i\.e\.,?|or)\s+${APPROX}${AMOUNT}\s+(?:${RATE})(?:\s+on average)?\s*[.!]?$`, 'i');

// Words that ask for a rate: "per day", "each day", "daily", "on average", "how fast".
const ASKS_RATE = /\b(?:per|each|every|rate|average|speed|how fast|daily|hourly|weekly|monthly|yearly|annual(?:ly)?)\b/i;

/** The asking sentence asks for a rate, or names the rate's unit in "a day", "an hour", "one yogurt" (then the rate may be the answer). */
function asksForRate(question: string, unit: string): boolean {
  const asking = askingSentence(question);
  // The unit in the singular; an "s" the stem loses may be its own ("per class" is "one class", not "one clas").
  const stem = unit.toLowerCase().replace(/s$/, '');
  return ASKS_RATE.test(asking) || new RegExp(String.raw`\b(?:an?|one)\s+${stem}s?\b`, 'i').test(asking);
}

/** "That works out to $2.50 per day." after the amount, for a question that asks for no rate. */
function restatesAsRate(sentence: string, question: string | undefined): boolean {
  const m = question ? RATE_SENTENCE.exec(sentence.trim()) : null;
  return m !== null && !asksForRate(question!, (m[1] ?? m[2])!);
}

/** The sentence without a closing ", which is … per day" when the question asks for no rate; null when it has none. */
export function withoutRateClause(sentence: string, question: string): string | null {
  const m = RATE_CLAUSE.exec(sentence);
  if (!m || asksForRate(question, (m[1] ?? m[2])!)) return null;
  const before = sentence.slice(0, m.index);
  // The amount itself must stand before the remark: "He buys a yogurt a day, which is $2.50 a day." restates nothing.
  return /\d/.test(before) ? `${before}.` : null;
}

// "That is the first such number above four dozen.", "This is the least value with both remainders.",
// "That's the best one can do …": the answer described, by a noun for a value after "the".
const DESCRIBES = /^(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:also\s+|indeed\s+)?the\s+(?:[A-Za-z-]+\s+){0,3}?(?:number|value|integer|amount|answer|result|total|count|figure|one|solution|choice|possibility|option|formula|expression|equation)\b/i;
// A description that doubts, denies or rejects ("That is the wrong number", "This is not the answer", "That is the value
// we reject") withdraws it: no remark. ("(or resistors in parallel)" names the thing another way: an "or" that opens a
// bracket is no doubt, though the words inside it may be.)
const DOUBTS = /\b(?:not|no|wrong|incorrect|mistake|error|but|however|maybe|perhaps|or|unless|if|reject\w*|discard\w*|exclud\w*|rule[sd]? out)\b|n['’]t\b/i;

/** "That is the first such number above four dozen.": a closing description of the answer without a digit or formula. */
function describesAnswer(sentence: string): boolean {
  return DESCRIBES.test(sentence) && !/\d|\$|\\\(|\\\[|=/.test(sentence) && !DOUBTS.test(sentence.replace(/\(\s*or\s+/gi, '('));
}

// "For large $M$ this gives $R \propto M^{-1/3}$, and for small $M$, $R \propto M^{1/3}$, as expected.": how the answer
// behaves in a limit, a check of the formula before it (in words too: "goes like", "scales as").
const LIMITS = /^(?:and\s+)?(?:for\s+(?:very\s+)?(?:large|small|big|high|low|higher|lower)\b|as\s+\$[^$]*\\to\b|in\s+the\s+limit\b)/i;
const BEHAVES = /\\propto|∝|\\sim\b|\b(?:goes|behaves|scales|grows|falls|varies)\s+(?:like|as)\b/i;
// A question that asks how something behaves or scales is answered by such a sentence (not one that only offers the
// limits as a check: "You can check your answer by showing that for higher masses, $R \propto M^{-1/3}$").
const ASKS_BEHAVIOUR = /\bhow\s+(?:does|do|will)\b[^?.]*\b(?:scale|behave|vary|depend|grow)|\b(?:find|determine|what\s+(?:is|are))\b[^.?]*\b(?:limits?|asymptotic|scaling|proportional)\b/i;

function checksLimits(sentence: string, question: string | undefined): boolean {
  return LIMITS.test(sentence.trim()) && BEHAVES.test(sentence) && !ASKS_BEHAVIOUR.test(question ?? '');
}

// "Indeed \(3\cdot 3 - 2 = 7\) and \(3 + 7 = 10\) treats, …", "As a check, 4 × 12 = 48.": the answer put back into
// the conditions — unless the check concludes ("…, so the answer is 7", "… = 45, wrong"), which is more than a check.
const CHECK_OPENING = /^(?:indeed|as a check|to check|checking|check)\b,?/i;
const CHECK_CONCLUDES = /\b(?:so|thus|hence|therefore|answer|wrong|incorrect|mistake|but|however|instead)\b|≠|\\neq/i;

function checksAnswer(sentence: string): boolean {
  return CHECK_OPENING.test(sentence.trim()) && /=/.test(sentence) && !CHECK_CONCLUDES.test(sentence);
}

/**
 * A closing sentence that only comments on the answer `before` states: a rate the question does not ask
 * for, a description of the value, how it behaves in a limit, or a check of it. The sentence before must
 * state a value (a digit or a formula).
 */
export function closingRemark(sentence: string, before: string, question: string | undefined): boolean {
  if (!/\d|\$|\\\(/.test(before)) return false;
  return describesAnswer(sentence) || restatesAsRate(sentence, question) || checksLimits(sentence, question) || checksAnswer(sentence);
}
