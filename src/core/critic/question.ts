/** What the question tells the comparison: does it ask for a point, an order, a range? */
import type { Node } from './ast';

/** The sentence of a question that asks: the last with a question mark, else the last ("Tom has 5 apples. How many …?"). */
export function askingSentence(question: string): string {
  const sentences = question.split(/(?<=[.?!])\s+/).filter((s) => s.trim().length > 0);
  return [...sentences].reverse().find((s) => s.includes('?')) ?? sentences[sentences.length - 1] ?? question;
}

/** The question asks for a point, ordered pair, coordinates or vector (not an interval). */
export function wantsPoint(question: string): boolean {
  return (
    /ordered pair|\bpoint\b|coordinates?|\bvector\b|tuple|ordered triple|\(\s*[a-z]\s*,\s*[a-z]\s*(?:,\s*[a-z]\s*)?\)/i.test(question) &&
    !/interval|\brange\b|domain|increasing|decreasing|inequalit|solution set|set of (?:all )?values/i.test(question)
  );
}

// Questions whose answer list has a fixed order (policy `structures`).
const ORDER_WORDS = [
  /\bin (?:increasing|decreasing|ascending|descending|numerical|alphabetical|that|this|the given) order\b/i,
  /\bfrom (?:least|smallest|lowest|largest|greatest|highest|shortest|longest) to (?:greatest|largest|highest|least|smallest|lowest|longest|shortest)\b/i,
  /\b(?:sort|arrange|order|rank)\b/i,
  /\brespectively\b/i,
  /\bsequence\b|\b(?:first|next|last) (?:\w+ )?terms\b/i,
  /\(a\)[\s\S]*\(b\)|\bparts? \(?a\)?\b/i,
  // Several named quantities asked in turn: "the mean and the median", "What is a_7? What is the sum?".
  /\bthe\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+the\s+[a-z]+/i,
  /\?[\s\S]*\S[\s\S]*\?/,
  /\b(?:max(?:imum)?|largest|greatest)\b[\s\S]{0,80}\band\b[\s\S]{0,40}\b(?:min(?:imum)?|smallest|least)\b/i,
  /\b(?:min(?:imum)?|smallest|least)\b[\s\S]{0,80}\band\b[\s\S]{0,40}\b(?:max(?:imum)?|largest|greatest)\b/i,
];

/** The question fixes the order of the answers it asks for (sorted, a sequence, labelled parts, max and min). */
export function ordersAnswers(question: string): boolean {
  return question.length > 0 && ORDER_WORDS.some((re) => re.test(question));
}

/** The question asks for the values a function or expression takes (its range), not for a variable. */
export function asksForRange(question: string): boolean {
  return /\brange\b|\bvalues? (?:of|that) [a-z]\s*\(|set of (?:all )?values of [a-z]\s*\(|\bimage\b/i.test(question);
}

/**
 * The question asks for the quantity an answer's label names (`8x + 10y` in "what is the value of
 * 8x + 10y?", `\sin^2 x` in "Find $\sin^2 x$"): the label (written without spaces) appears in the
 * question's text or in one of its formulas as a whole term, not inside a longer expression.
 */
export function asksFor(question: string, label: string): boolean {
  const want = unmarked(slashed(bars(label))).replace(/[{}\s]|\\left|\\right/g, '');
  if (want.length === 0) return false;
  // In prose, spaces between words stay (they separate "of" from "8x"); in a formula, none matter.
  question = unmarked(slashed(bars(question)));
  const prose = question.replace(/[{}$]|\\left|\\right|\\[(),;!]/g, ' ').replace(/\s*([-+*/=^_<>])\s*/g, '$1');
  const formulas = [...question.matchAll(/\$([^$]+)\$|\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g)].map((m) => (m[1] ?? m[2] ?? m[3])!.replace(/[{}\s]|\\left|\\right/g, ''));
  return [prose, ...formulas].some((text) => holdsTerm(text, want)) || asksForMagnitude(question, want);
}

// "what is the magnitude of $z^2$?" asks for `|z^2|`: the bars are the operation the question names in words.
const MAGNITUDE_OF = /\b(?:magnitude|modulus|absolute value|norm)\s+of\s+(?:\$([^$]+)\$|\\\(([\s\S]+?)\\\))/gi;

function asksForMagnitude(question: string, want: string): boolean {
  const inner = /^\|([^|]+)\|$/.exec(want)?.[1];
  return inner !== undefined && [...question.matchAll(MAGNITUDE_OF)].some((m) => (m[1] ?? m[2])!.replace(/[{}\s]|\\left|\\right/g, '') === inner);
}

// `\frac{v}{c}` and `v/c` name one ratio: a fraction of two single terms (a letter, an indexed name, a number, a function of one letter: `V_o(s)`).
const SIMPLE_FRACTION = /\\[dt]?frac\s*\{\s*([A-Za-z0-9]+(?:_\{?[A-Za-z0-9]+\}?)?(?:\(\s*[A-Za-z]\s*\))?)\s*\}\s*\{\s*([A-Za-z0-9]+(?:_\{?[A-Za-z0-9]+\}?)?(?:\(\s*[A-Za-z]\s*\))?)\s*\}/g;

/** `\frac{v}{c}` as `v/c`, so a label and the question may write the same ratio either way. */
function slashed(text: string): string {
  return text.includes('frac') ? text.replace(SIMPLE_FRACTION, '$1/$2') : text;
}

/** `|1 - i\cdot z|` and `|1 - iz|` name one product: a written-out product sign is dropped on both sides. */
function unmarked(text: string): string {
  return text.includes('\\cdot') ? text.replace(/\s*\\cdot\s*/g, '') : text;
}

/** `\lvert x \rvert`, `\left| x \right|`, `\vert x \vert` are `|x|`. */
function bars(text: string): string {
  return text.includes('vert') || text.includes('\\left|') || text.includes('\\right|') ? text.replace(/\\[lr]?vert(?![A-Za-z])|\\(?:left|right)\|/g, '|') : text;
}

// Where a question names what it asks for: "what is the value of $\bar{z}$?", "Find $a_5$.". "give", "state",
// "report" and "enter" ask only when a formula follows ("… and give $y$."): "Give your answer as a fraction."
// after "Find $x$." says how to write the answer, not what it is.
const ASKING = String.raw`(?:value of|find|what is|what are|determine|compute|calculate|evaluate)\b|(?:give|state|report|enter)\s+(?=\$|\\\()`;
const ASKED_PART = new RegExp(String.raw`\b(?:${ASKING})(?![\s\S]*\b(?:${ASKING}))([\s\S]*)$`, 'i');

// "Find the real part of $z^2$", "the units digit of $7^{35}$": the formula is what an operation applies to, not what is asked.
const OPERATION_OF = /^\s*(?:the\s+)?(?:(?:real|imaginary|integer|fractional)\s+parts?|square(?:\s+root)?|cube|reciprocal|opposite|absolute value|modulus|conjugate|nearest integer|floor|ceiling|sum of (?:the )?digits|number of digits|units digit|last digit|remainder)\s+(?:of|to|when)\b/i;
// "the nearest integer to the value of n", "the square of the value of x": the value is what an operation
// is applied to, and the question asks for the result of that operation, which it names in words.
const OPERAND_VALUE = /\b(?:to|of|from|than|by|for)\s+the\s+value of$/i;

/** The part of the question after its last "find", "what is", "value of" …: where it names what it asks for; null without one. */
export function askedPart(question: string): string | null {
  const m = ASKED_PART.exec(question);
  if (!m) return null;
  if (OPERAND_VALUE.test(question.slice(0, m.index + m[0].length - m[1]!.length)) || OPERATION_OF.test(m[1]!)) return null;
  return m[1]!;
}

// `S_6`, `a_{10}`, `T_n`: a term of a sequence or a named quantity with an index.
const INDEXED = /^([A-Za-z])_\{?([A-Za-z0-9]+)\}?$/;

/**
 * The answer's label is an indexed name (`a_6`) while the part of the question that says what it
 * asks for names another one (`S_6` in "Find $S_6$, the sum …"): the answer states another quantity.
 */
export function asksForOtherIndexed(question: string, label: string): boolean {
  const mine = INDEXED.exec(label.replace(/\s/g, ''));
  const part = askedPart(question);
  if (!mine || !part) return false;
  const named = [...part.matchAll(/\$([^$]+)\$/g)].map((m) => INDEXED.exec(m[1]!.replace(/[\s]|=\s*\?|\?/g, ''))).filter((m) => m !== null);
  return named.length > 0 && named.every((m) => m![1] !== mine[1] || m![2] !== mine[2]) && !asksFor(part, label);
}

// A lone name: `a`, `y`, `b_2`.
const LONE_NAME = /^[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?$/;

/**
 * `a = -\frac12` when the question asks "find the value of $ab$", `y = 2` when it asks "find $x$": the
 * label is one of the question's own unknowns, and the formulas the question asks for do not include it.
 */
export function asksForOtherName(question: string, label: string): boolean {
  const name = label.replace(/[\s{}]/g, '');
  const part = askedPart(question);
  if (!LONE_NAME.test(label.replace(/\s/g, '')) || !part) return false;
  const escaped = name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  // The name as a term of its own: `a` in `\{a,b\}` or `x'' - x' - 2x = 0`, not in `ab` or `\cos a_n`.
  const term = new RegExp(`(?<![A-Za-z\\\\_])${escaped}(?![A-Za-z_])`);
  const formulas = (text: string) => [...text.matchAll(/\$([^$]+)\$/g)].map((m) => m[1]!.replace(/\s/g, ''));
  // "find $\angle B$" asks for the angle at B, which a triangle's working calls `B`.
  const asked = formulas(part).map((f) => f.replace(/\\(?:measured)?angle(?=[A-Z](?![A-Za-z]))/g, ''));
  // Asked for in words only, or a formula the name is part of (an equation to solve for it): no verdict here.
  if (asked.length === 0 || asked.some((f) => term.test(f))) return false;
  return formulas(question).some((f) => term.test(f));
}

const COMBINATION_WORDS: Partial<Record<Node['t'], RegExp>> = { add: /\bsum\b/i, mul: /\bproduct\b/i, sub: /\bdifference\b/i, div: /\b(?:ratio|quotient)\b/i };

/** The question asks in words for the kind of combination a label is ("the sum of the roots" for `x_1 + x_2`). */
export function asksForCombination(question: string, label: Node): boolean {
  return COMBINATION_WORDS[label.t]?.test(question) ?? false;
}

function holdsTerm(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + term.length] ?? ' ';
    if (!/[A-Za-z0-9^_.+\-*/=\\(]/.test(before) && !/[A-Za-z0-9^_(+\-*/=')]/.test(after)) return true;
  }
  return false;
}

/** The direction of the order the question asks for: 'increasing' (least first), 'decreasing' (greatest first), or null. */
export function orderDirection(question: string): 'increasing' | 'decreasing' | null {
  const up = /\b(?:increasing|ascending) order\b|\bfrom (?:least|smallest|lowest|shortest) to\b/i.test(question);
  const down = /\b(?:decreasing|descending) order\b|\bfrom (?:largest|greatest|highest|longest|biggest) to\b/i.test(question);
  return up === down ? null : up ? 'increasing' : 'decreasing';
}

/** The question asks for one value of several possible ones ("find one possible value of m", "give one value of k", "give an example"). */
export function asksForOneOfSeveral(question: string): boolean {
  return /\b(?:one|a|any)\s+(?:possible|valid|such)\s+(?:value|solution|answer|number|choice|pair)s?\b|\bone of the (?:possible )?(?:values|solutions|answers)\b|\bgive an example\b|\bany one of\b|\b(?:give|state|name|write(?: down)?|find|choose|pick)\s+(?:one|any)\s+(?:value|solution|answer|number|example|pair)s?\b/i.test(question);
}

// "as a decimal", "to the nearest hundredth", "correct to four significant figures", "rounded to", "to 2 d.p.".
const ROUNDING = /\bas a decimal\b|\bin decimal form\b|\bround(?:ed)?\b(?:\s+\w+){0,3}\s+(?:to|off)\b|\bto the nearest (?:\w+th|whole|integer|unit|cent|dollar|percent|degree)\b|\b(?:decimal places?|significant (?:figures?|digits?)|sig\.? figs?|d\.\s?p\.|s\.\s?f\.)/i;

/** The question asks for a rounded decimal (policy `decimals`): then a decimal the response writes after `≈` is its answer. */
export function asksForRounding(question: string): boolean {
  return ROUNDING.test(question);
}

const PLACE_WORDS: Record<string, number> = { tenth: 1, hundredth: 2, thousandth: 3, 'ten-thousandth': 4, 'ten thousandth': 4, whole: 0, integer: 0, unit: 0 };
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The precision a question names: a last place ("to the nearest hundredth", "2 decimal places") or significant figures; null when it names none. */
export function askedPrecision(question: string): { ulp: number } | { sig: number } | null {
  const nearest = /\bto the nearest (ten[- ]thousandth|tenth|hundredth|thousandth|whole|integer|unit)\b/i.exec(question);
  if (nearest) return { ulp: 10 ** -PLACE_WORDS[nearest[1]!.toLowerCase()]! };
  const count = /\b(\d|one|two|three|four|five|six)\s+(decimal places?|d\.\s?p\.|significant (?:figures?|digits?)|sig\.? figs?|s\.\s?f\.)/i.exec(question);
  if (!count) return null;
  const n = /\d/.test(count[1]!) ? Number(count[1]) : COUNT_WORDS[count[1]!.toLowerCase()]!;
  return /^d/i.test(count[2]!) ? { ulp: 10 ** -n } : { sig: n };
}

const YEAR = /(?<![\d,.])(?:1[5-9]\d\d|20\d\d)(?![\d,.])/;
const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
// "inches", "boxes" lose their "es"; "minutes", "hours" only their "s".
const singular = (w: string) => w.toLowerCase().replace(/(?<=(?:[sxz]|[cs]h))es$|s$/, '');

/**
 * The question asks for an amount the sentence also gives beside the value read from it: "how many
 * hours" when "…= 45 miles from home at the end of those 4 hours" reads 45 miles, or "in what year"
 * beside "1,900 wolves in 2008". Which number answers is then unclear (undecided). `value` is the
 * reading ("45", "45 miles").
 */
export function asksForAmountBeside(sentence: string, value: string, question: string | undefined): boolean {
  if (!question) return false;
  const read = /-?\d[\d,]*(?:\.\d+)?/.exec(value)?.[0]?.replace(/,/g, '');
  if (/\b(?:what|which) year\b|\bwhen\b/i.test(question) && [...sentence.matchAll(new RegExp(YEAR, 'g'))].some((m) => m[0] !== read)) return true;
  const many = /\bhow many\s+([A-Za-z]+)/i.exec(question)?.[1];
  const units = many ? [singular(many)] : /\bhow long\b/i.test(question) ? TIME_UNITS : [];
  // The value read names the asked unit ("3 hours 20 minutes" for "how many minutes"): it answers.
  if (units.length === 0 || (value.match(/[A-Za-z]+/g) ?? []).some((w) => units.includes(singular(w)))) return false;
  // Only a value written in digits before another word ("45 miles") is weighed against the asked unit: one
  // that keeps it ("7 apples left after eating 5 apples"), or a count in words ("three up quarks"), answers.
  const own = new RegExp(`${read?.replace('.', '\\.') ?? '\\d'}\\s+([A-Za-z]+)`).exec(sentence.replace(/(?<=\d),(?=\d{3})/g, ''))?.[1];
  if (!own || units.includes(singular(own))) return false;
  return [...sentence.replace(/(?<=\d),(?=\d{3})/g, '').matchAll(/(-?\d+(?:\.\d+)?)\s+([A-Za-z]+)/g)].some((m) => m[1] !== read && units.includes(singular(m[2]!)));
}

/**
 * `m - M = 24.4` for "Find the distance modulus …": the question writes none of the label's letters,
 * so the label is the answer's own name for what is asked, not another quantity. A letter counts as
 * written when it stands alone (`$m$`, "a mass m"), not inside a word or a code such as `M31`.
 */
export function labelIsOwn(question: string, names: Iterable<string>): boolean {
  const text = question.replace(/\\[A-Za-z]+/g, ' ');
  for (const name of names) {
    const letter = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<![A-Za-z0-9])${letter}(?![A-Za-z0-9])`).test(text)) return false;
  }
  return true;
}
