/**
 * Policy `final-answer`: where a sentence's result is. Its last result clause ("…, so 30 are left",
 * "…, which rounds to 33.33"), a statement after a colon ("…: the nucleus contains three quarks"),
 * and a number written in words.
 */
import { FRACTION_WORDS, numberWord } from './text';

// "…, which rounds to 33.33", "…, which to one significant figure is 0.003", "…, which, rounded to the
// nearest cent, is 33.33": the value rounded as the question asks, after the unrounded one.
export const ROUNDED = String.raw`(?:rounds?\s+(?:off\s+|up\s+|down\s+)?to|,?\s*(?:when\s+)?(?:rounded\s+)?(?:to|correct to)\s+(?=[^,;=$]{0,40}?\b(?:nearest|significant|decimal|places?|digits?|figures?|whole)\b)[^,;=$]{1,50}?,?\s+(?:is|gives|becomes))`;
// "…, so 7 buses are needed for the students and one more for the teachers, 8 buses in total.": a total set
// after a comma at the end is the result, without a connective.
// Not the comma of a thousands group: in "Tim spent $1,110 in total" the total is 1,110.
const TOTAL_APPOSITION = String.raw`|(?<!\d)[,;]\s*(?=(?:\d[\d,]*(?:\.\d+)?|[a-z]+)\s+(?:[a-z]+\s+){0,2}(?:in total|in all|altogether)\s*[.!]?$)`;
// A result clause at the end of a sentence: "…, so 30 are left", "… which gives 12".
const RESULT_CLAUSE = new RegExp(String.raw`(?:^|[,;]\s*|\s)(?:so|thus|therefore|hence|giving|leaving|which (?:gives|means|makes|leaves|is)|which\s*${ROUNDED}|that (?:makes|gives|leaves)|for a total of|making|comes? (?:out )?to|works? out to|amounts? to)\b${TOTAL_APPOSITION}`, 'gi');

// "the one", "a one", "which one", "each one": a pronoun, not a count.
const PRONOUN_ONE = /\b(?:the|a|an|which|each|every|any|this|that|no)\s+one\b/gi;

/** The one number written in words in a text ("exactly one solution", "five down quarks"); null for none or several. */
export function countWord(text: string): number | null {
  const found = new Set<number>();
  // A number may take several words ("one hundred forty-five", "two thousand and ten"): read each run whole.
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && run[run.length - 1]!.toLowerCase() === 'and') run.pop();
    const n = run.length > 0 ? numberWord(run.join(' ')) : null;
    if (n !== null) found.add(n);
    run = [];
  };
  // "one half" is a fraction (fractionWords), not the count one.
  for (const w of text.replace(PRONOUN_ONE, ' ').replace(FRACTION_WORDS, ' ').split(/[\s,.;:!?()]+/)) {
    if (w.length >= 3 && numberWord(w) !== null) run.push(w);
    else if (w.toLowerCase() === 'and' && run.length > 0) run.push(w);
    else flush();
  }
  flush();
  return found.size === 1 ? [...found][0]! : null;
}

/** Where the words of the last result clause that holds a number start in `s` (after its connective); null when there is none. */
export function resultClauseAt(s: string): number | null {
  let at: number | null = null;
  for (const m of s.matchAll(RESULT_CLAUSE)) {
    const rest = s.slice(m.index! + m[0].length);
    if (/\d/.test(rest) || countWord(rest) !== null) at = m.index! + m[0].length;
  }
  return at;
}

// A verb that states a value: "the nucleus contains three quarks", "the total is 12".
const STATING_VERB = /\b(?:is|are|was|were|equals?|contains?|has|have|totals?|makes?|gives?)\b/i;

/**
 * "…the proton gives 2 up quarks and the neutron 1 more: the nucleus contains three up quarks": after a
 * colon that ends words (not a ratio `3 : 4`, a time `3:45`), a clause that states a value is the conclusion.
 */
export function statementAfterColon(clause: string): string {
  const colon = /(?<=[A-Za-z)\]])\s*:\s+(?=[^:]*$)/.exec(clause);
  if (!colon) return clause;
  const part = clause.slice(colon.index + colon[0].length);
  return STATING_VERB.test(part) && (/\d/.test(part) || countWord(part) !== null) ? part : clause;
}

// "…there were about 1,900 wolves in 2008": a year that ends the clause after "in", "by", "since" … says
// when the value holds; it is not a second value (rules.ts leaves the sentence undecided when the question asks for a year).
export const YEAR_DETAIL = /\s+(?:in|by|since|until|before|after|during)\s+(?:the\s+year\s+)?(?:1[5-9]\d\d|20\d\d)\s*[.!]?$/i;

/** The clause without a closing year, when a number is left to state. */
export function withoutYear(clause: string): string {
  const m = YEAR_DETAIL.exec(clause);
  if (!m) return clause;
  const rest = clause.slice(0, m.index);
  return /\d/.test(rest) ? rest : clause;
}

// A clause joined by "and" (with a letter after it: not "and $x$"), after a formula.
export const JOINED_CLAUSE = /^\s*,?\s*and\s+(?=[A-Za-z])/i;
// The last formula stands in a result clause: "…, so $21x = 31.50$".
export const IN_RESULT_CLAUSE = /(?:^|[,;]\s*|\s)(?:so|thus|therefore|hence)\b[^,;]*$/i;

// "180 - 135 = 45 miles from home at the end of those 4 hours": the chain's last value and its noun, then
// a detail of where or when it holds, whose numbers are not results (nothing added, left or offered there).
export const RESULT_WITH_DETAIL = /=\s*\$?(\d+(?:,\d{3})*(?:\.\d+)?)\s+[A-Za-z]+(?:\s+[a-z]+){0,2}?\s+(?:at|in|after|from|by|over|during|within|on|before|to|for|with|among)\s+(?![^=]*\b(?:and|then|plus|more|less|fewer|left|remain\w*|or|but|each|per|times|twice|half)\b)[^=]*$/;

/** Where the main clause starts after an opening "Since …," (the first comma outside a formula and brackets); -1 if none. */
export function reasonEnd(sentence: string): number {
  let depth = 0;
  let inMath = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '$') {
      // `$5.00 per pack` is currency: a `$` before a digit opens no formula unless it closes before the next space (`$5$`).
      const rest = sentence.slice(i + 1);
      const currency = !inMath && /^\d/.test(rest) && !/^[^\s$]*\$/.test(rest);
      if (!currency) inMath = !inMath;
    }
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && !inMath && depth === 0) return i + 1;
  }
  return -1;
}
