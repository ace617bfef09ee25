/**
 * Policy `final-answer` for an answer written as a sentence ("so the probability is 5/8", "The shape
 * is an ellipse.", "She spent $42 in total."): the part that states the answer, or why there is none.
 */
import { IN_RESULT_CLAUSE, JOINED_CLAUSE, RESULT_WITH_DETAIL, ROUNDED, countWord, reasonEnd, resultClauseAt, statementAfterColon, withoutYear } from './clauses';
import { fractionWords, placeWord } from './text';
import { withScale, withUnit } from './stated-amount';
import { SHORT_UNITS, UNIT_FACTORS, canonicalUnit, compoundIn } from './units';

/** What a sentence says: one value (as text to compare), a hedge, no value at all, or too many to tell. */
export type SentenceReading = { kind: 'value'; text: string } | { kind: 'hedged' } | { kind: 'none' } | { kind: 'several' };

// Where the stated result starts: after a copula or a verb of result ("The measurement yields either $E_1$ or $E_2$."; a condition: "…, we need $y + k = 0$."; a restatement: "…, that is, $ex - 4y + e = 0$.").
// `:` and `=` need no space before them: "Using $S_n = …$: $S_6 = 189$" states $S_6 = 189$.
const COPULA = /(?:(?:^|\s)(?:is|are|was|were|be|equals?|becomes?|remains?|gives?|yields?|needs?|get|obtain|makes?|comes? to|works? out to|reads|that is\s*,|i\.\s?e\.\s*,?|(?:is|are)\s+(?:the\s+set\s+of\s+)?all\s+(?:(?:real\s+)?(?:values?|numbers?)|\$[A-Za-z]\$|[A-Za-z])\s+(?:with|such\s+that|satisfying|where|for\s+which))|[=:])(?:\s+(?:approximately|about|around|roughly|exactly|simply|just|precisely|equal to|then|either))?\s*$/i;
// Explanations after the stated answer: "B, since 7 is prime", "18 because …".
// "so that was 37 - 23 = 14 years ago" is a result ("that" is its subject), not a purpose.
// "…, which is 300 / 60 = 5 hours" is a result too (a number follows); "5, which is odd" explains.
const EXPLANATION = new RegExp(
  String.raw`\s*(?:,\s*|\s+)(?:because|since|as|which(?!\s*(?:(?:is|gives|means|makes|leaves|equals|comes to|works out to|amounts to)|${ROUNDED})\s+(?:about\s+|approximately\s+)?[-$\d\\(])|where|so that(?!\s+(?:was|is|makes|gives|leaves|means|comes)\b)|given that|due to)\b[\s\S]*$`,
  'i',
);
/**
 * Words that keep the stated value open ("or", "maybe", "at least"); policy `hedges`. "About" and
 * "approximately" are not among them: they announce a rounded value, which policy `decimals` judges.
 * "Between" hedges only before a value ("between 3 and 5"), not as a place ("25 miles between his stops").
 */
export const HEDGE_WORDS = /\b(?:(?:could|might|may) (?:also )?be|at least|at most|(?:more|less|fewer|greater) than(?=\s*[$\\]?\s*-?\d)|between(?=\s*(?:[$\\]|-?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)\b))|nearly|almost|or|maybe|perhaps|possibly|probably|either|not|no|unknown|wrong|incorrect|isn't|cannot|can't|impossible|unsure|guess|(?:might|may|could) have (?:miscounted|miscalculated|made an? (?:mistake|error|slip)))\b/i;
// A single `$` opens math before a non-space and closes it after one, not before a digit (Pandoc's
// rule): in "sells for $2, so she earns 9 × 2 = $16" both dollars are currency.
const INLINE_MATH = /\$\$([^$]+)\$\$|\$(?=\S)([^$]*?[^\s$])\$(?!\d)|\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g;
const ORDINAL = /^(?:st|nd|rd|th)$/;

/** Markdown emphasis and surrounding quotes removed; trailing punctuation and a trailing detail dropped. */
function plain(sentence: string): string {
  // Most sentences have no bold: the open-`=` reading below is skipped for them (the rules' throughput depends on it).
  const bold = sentence.includes('**') ? sentence.replace(OPEN_EQUALS_BOLD, '$1$3$2 $4') : sentence;
  return withoutDetail(
    withoutInterjection(bold)
      // "204 minutes (3 hours 24 minutes) including …": the same amount restated in other units, in brackets.
      .replace(RESTATED_AMOUNT, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/__([^_]+)__/g, '$1')
      .replace(/[.!;:,\s]+$/, '')
      .trim(),
  );
}

const UNIT_WORD = String.raw`(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|km|m|cm|mm|miles?|feet|foot|ft|inch(?:es)?|yards?|kg|g|pounds?|ounces?|liters?|litres?|ml|gallons?)`;
const RESTATED_AMOUNT = new RegExp(String.raw`(\d\s*${UNIT_WORD})\s*\((?:about\s+|approximately\s+|i\.e\.\s*|≈\s*)?\d[\d.,]*\s*${UNIT_WORD}(?:\s*,?\s+(?:and\s+)?\d[\d.,]*\s*${UNIT_WORD})*\)`, 'gi');
// After the stated value, a detail about it: "…is $15$, attained at the vertex $(3, 3)$", "…, when $x = 2$".
const DETAIL = /\s*,\s*(?:(?:which is |that is |and it is |it is )?(?:attained|achieved|reached|obtained|occurring|taken)\b|when\b|at which\b|at the point\b|(?:which is |and is |and so is )?(?:independent of|constant in)\b)[\s\S]*$/i;
// A closing remark in brackets (not `\( … \)` math): "…is $5/8$ (and the probability of blue is $3/8$)".
// After a space, one level of brackets may sit inside: "($x=-1$ is rejected because $\log_2(-1)$ is
// undefined)"; glued to a name it is a call (`Union(Interval(-oo, -2), …)`).
const REMARK = /\s*(?<!\\)\(([^()]*)(?<!\\)\)$|\s+(?<!\\)\(((?:[^()]|\([^()]*\))*)(?<!\\)\)$/;

// "Actually no wait, it's 16.": words that open a correction, not a hedge (when a value follows).
const INTERJECTION = /^(?:(?:actually|wait|oops|hmm+|no|oh|sorry|okay|ok)\b[\s,!.—–-]*)+(?=\S)/i;
// "18, not 16": the value the sentence states, set against another one.
const CONTRAST = /\s*(?:,|;|—|–|\s-\s|\band\b|\bbut\b)\s*not\s+\$?-?[\d\\][^,;]*$/;

function withoutInterjection(s: string): string {
  const m = INTERJECTION.exec(s);
  return m && /\d/.test(s.slice(m[0].length)) ? s.slice(m[0].length) : s;
}

// "…is $\frac{2}{5}$ because we add …", "…is 12 since …", "…is 7, as 3 + 4 = 7": a reason after the value
// (the word must follow a value: a digit, a closing `$` or brace). "as a constant", "as a fraction" gives the
// value's role, not a reason: "…shows the maximum value 144 as a constant, so the correct choice is (B)." goes on.
const REASON = /(?<=[\d$}])\s*,?\s+(?:because|since|as(?!\s+an?\s))\s+(?=[A-Za-z$\d\\(])[\s\S]*$/i;

/** The answer without the reason given after it ("12 since each box holds 3") (policy `final-answer`). */
export function withoutReason(s: string): string {
  return REASON.test(s) ? s.replace(REASON, '') : s;
}

/** The sentence without a trailing detail, bracketed remark in words, reason or contrast (policy `final-answer`). */
function withoutDetail(s: string): string {
  const cut = withoutReason(withoutRemark(s).replace(CONTRAST, ''));
  return DETAIL.test(cut) ? cut.replace(DETAIL, '') : cut;
}

/** The text without a closing remark in words in brackets: "$x = 4$ (we reject $x = -1$ …)" → "$x = 4$". */
export function withoutRemark(s: string): string {
  const t = s.replace(/[.!\s]+$/, '');
  const remark = t.endsWith(')') ? REMARK.exec(t) : null;
  // A word in it outside LaTeX commands and environment names (`\left(\begin{array}…\right)` is a matrix);
  // a bracket after an operator is an operand (`(de + df + ef)/(def)`), never a remark.
  return remark && remark.index! > 0 && !/[-+*/^=×÷]\s*$/.test(t.slice(0, remark.index)) && /[A-Za-z]{3,}/.test((remark[1] ?? remark[2])!.replace(/\\(?:begin|end)\{[^}]*\}|\\[A-Za-z]+/g, ' ')) ? t.slice(0, remark.index).replace(/[.!;:,\s]+$/, '') : s;
}

// Between two values of one statement: a comma, "and", or "and the sum is".
const RUN_JOIN = /^\s*(?:,|;|and|,\s*and)?\s*(?:(?:the|its|their)\s+[A-Za-z][\w\s]{0,60}?\s+(?:is|are|equals|=|of)\s*)?$/i;

/**
 * The values a sentence ends on, when it ends on two or more formulas joined by commas or "and"
 * ("so $a = 2$, $b = \frac73$", "$a_7 = 48$ and the sum is $384$"), or by "or" when `orJoins` (against a
 * list of values "either $E_1$ or $E_2$" lists them; against a union "or" joins conditions); null otherwise.
 */
export function trailingValues(sentence: string, orJoins = false): string[] | null {
  // "…, and the maximum value of $\overline{AE}\cdot\overline{AF}$ is $\frac{13}{24}$": the formula named before "is" only labels the value.
  const s = plain(sentence).replace(/\$([^$]+)\$\s+(?:is|equals)\s+\$([^$]+)\$(?=[\s.]*$)/, (all, label: string, value: string) => (label.includes('=') ? all : ` $${value}$`));
  const maths = [...s.matchAll(INLINE_MATH)];
  if (maths.length < 2) return null;
  const last = maths[maths.length - 1]!;
  if (/[A-Za-z]{3,}/.test(s.slice(last.index! + last[0].length))) return null;
  let first = maths.length - 1;
  while (first > 0) {
    const prev = maths[first - 1]!;
    const between = s.slice(prev.index! + prev[0].length, maths[first]!.index);
    if (!RUN_JOIN.test(between) && !(orJoins && /^\s*,?\s*or\s*$/i.test(between))) break;
    first--;
  }
  if (first === maths.length - 1) return null;
  return maths.slice(first).map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim());
}

/** "The mean is 5 and the median is 4.": clauses joined by commas or "and", each ending on the one number it states; null otherwise. */
export function clauseValues(sentence: string): string[] | null {
  const clauses = plain(sentence).split(/\s*(?:,\s*and\s+|;\s*|,\s+|\s+and\s+)/);
  if (clauses.length < 2) return null;
  const values = clauses.map((c) => /(?:\bis|\bare|\bwas|\bequals|=)\s*\$?\s*(-?\d+(?:\.\d+)?(?:\/\d+)?%?)\s*\$?\.?$/.exec(c)?.[1]);
  return values.every((v) => v !== undefined) ? (values as string[]) : null;
}

/** A standalone number token (`$18`, `1,250`, `5/8`, `3rd`, `25%`, `5cm`); null for a code or a word with a digit (`A7`, `QX7Z`, `12A`). */
export function numberToken(raw: string): string | null {
  const t = raw.replace(/^[("'‘“[{]+|[)"'’”\]},.;:!?]+$/g, '').replace(/^\$/, '');
  // "about 6.02e23 molecules": a float as programs print it is one number, not a number glued to letters.
  if (/^-?\d+(?:\.\d+)?e[-+]?\d+$/i.test(t)) return t;
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

/**
 * "The shape is an ellipse" → "an ellipse": what follows the last copula of a short sentence,
 * explanations dropped; in "Since $5^2 + 12^2 < 14^2$, the triangle is obtuse" the clause after the
 * formula's comma.
 */
export function copulaTail(sentence: string): string | null {
  const text = plain(sentence).replace(EXPLANATION, '');
  // The last clause first: "Dividing by 4 gives $…$, so it is a hyperbola" says what it is after the comma.
  // "60 / 10 = 6, so the shares are 12, 18 and 30": failing that, the last clause that has a copula, with the list after it.
  const [last, ...earlier] = clauseTails(text);
  const listAfter = (c: string) => COPULA_TAIL.exec(c)?.[1]?.replace(/\band\b/g, ' ').match(/^[^=A-Za-z]*$/) ? COPULA_TAIL.exec(c) : null;
  // "…is 5.25 hours, so 5.25 × 0.5 = 2.625 inches": a whole-sentence tail that runs into a later result clause with a number is no tail.
  const m = COPULA_TAIL.exec(last!) ?? earlier.reduce<RegExpExecArray | null>((found, clause) => found ?? listAfter(clause), null) ?? [COPULA_TAIL.exec(text)].find((t) => t && resultClauseAt(t[1]!) === null) ?? null;
  // "…will be 30 in 2020": a closing year says when, it is no factor of the value.
  return m ? withoutYear(m[1]!.trim().replace(KIND_BEFORE_FORMULA, '')) : null;
}

// "…is the line $y = 2x + 5$", "…is the point (2, 3)": the kind of object named before a formula is not part of it.
const KIND_BEFORE_FORMULA = /^(?:(?:the|a|an)\s+)?(?:line|curve|equation|point|function|graph|plane|circle|parabola|ellipse|hyperbola|set|interval|vector|matrix|polynomial|expression|number|value)\s+(?=[^=]*=|[-\d([{\\])/i;

const COPULA_TAIL = /^(?:(?:so|thus|therefore|hence|finally)\s*,?\s*)?[^=$\\]{0,80}\s(?:is|are|was|were|equals|will be|would be|get|obtain|gives?|yields?|becomes?|simplifies to|reduces to|rounds? (?:off |up |down )?to)\s+(?:(?:on|at|in|of)\s+)?(.+)$/i;

/** The text after each comma that stands outside inline math and brackets, the last first; the text itself when there is none. */
function clauseTails(text: string): string[] {
  const tails: string[] = [];
  let inMath = false;
  // The comma of an interval or a point, `(1, +\infty)`, `[0, 2)`, is no clause boundary: the brackets need not match in kind.
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '$') inMath = !inMath;
    else if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') depth = Math.max(0, depth - 1);
    else if (ch === ',' && !inMath && depth === 0) tails.push(text.slice(i + 1).trim());
  }
  return tails.length > 0 ? tails : [text];
}

// "Plan 9", "Route 66": a name with a number, not a quantity ("7 apples") and not a label ("Total 9").
const NAME_WITH_NUMBER = /^(?!(?:answer|total|result|sum|value|solution|final|ans|it's|that's|is|was|it|so|just|simply|exactly|precisely|only)\b)[A-Za-z][A-Za-z'-]*\s+-?\d+$/i;

/** A short text that names something with a number in it (`Plan 9`), rather than stating the number. */
export function isNameWithNumber(text: string): boolean {
  return NAME_WITH_NUMBER.test(plain(text));
}

/** "Yes, it converges." → true; "No." → false; null when the sentence does not open with yes or no. */
export function sentenceYesNo(sentence: string): boolean | null {
  // Also after a connective that draws the conclusion: "221 = 13 × 17, so no, 221 is not prime." ("so no other value" is no answer).
  const m = /^\s*(yes|no|true|false)\b(?:[,.;:!]|\s*$)/i.exec(sentence) ?? /(?:^|[,;]\s*|\s)(?:so|thus|therefore|hence)\s*,?\s+(yes|no)\s*[,.;:!]/i.exec(sentence);
  if (m) return /^(?:yes|true)$/i.test(m[1]!);
  // "No such number exists.", "There is no such triangle.", "Such a function does not exist.": a denial of existence.
  return NO_SUCH.test(sentence) ? false : null;
}

const NUMBER_AFTER_COPULA = /^\s*(?:is|equals)\s+\**\s*(-?\d[\d,]*(?:\.\d+)?)\s*\**\s*[.!]?\s*$/i;
const NO_SUCH = /^\s*(?:no such\b[^.]*\b(?:exists?|is possible)|there (?:is|are|exists?) no (?:such\b|\w+ (?:that|which|with)\b)|[^.]*\b(?:does not|doesn't|do not|don't|cannot|can't) exist)\b/i;

/** The answer a sentence states (see the module comment). */
export function sentenceAnswer(sentence: string): SentenceReading {
  // "…27 miles from City $A$.": a letter in `$…$` that names a city, a point or a box is a name, not the value stated.
  if (sentence.includes('$')) sentence = sentence.replace(NAMED_PLACE, '$1');
  // "Since $\frac\alpha2$ is acute, $\sin\frac\alpha2 = \frac{\sqrt5-1}{4}$.": the reason before the main clause states no answer.
  const reason = /^(?:since|because)\s/i.test(sentence) ? reasonEnd(sentence) : -1;
  const main = reason > 0 ? sentenceAnswer(sentence.slice(reason)) : null;
  if (main?.kind === 'value') return main;
  const escaped = plain(sentence);
  const maths = [...escaped.matchAll(INLINE_MATH)];
  if (maths.length > 0) {
    const s = escaped;
    const last = maths[maths.length - 1]!;
    const before = s.slice(0, last.index);
    const after = s.slice(last.index! + last[0].length);
    const body = (last[1] ?? last[2] ?? last[3] ?? last[4])!.trim();
    // "…: $5/95 = 0.0526\ldots$, so about 5.2% of the trees": a result clause after the last formula
    // that states one number in words or digits goes on from the formula; it is the result
    // ("$\frac{1}{4}$, so 1 in 4" states no one number: the formula stays the answer).
    const clause = resultClauseAt(after);
    const goesOn = clause === null ? null : sentenceAnswer(after.slice(clause));
    if (goesOn?.kind === 'value') return goesOn;
    // "…, so $21x = 31.50$ and one coloring book costs \$1.50": inside a result clause, a clause joined by
    // "and" after the last formula that states one number goes on from the working to the result.
    const joined = clause === null && IN_RESULT_CLAUSE.test(before) ? JOINED_CLAUSE.exec(after) : null;
    const joinedReading = joined ? sentenceAnswer(after.slice(joined[0].length)) : null;
    if (joinedReading?.kind === 'value') return joinedReading;
    // "The least such \(m\) is **70**.": the formula before "is" names the number after it, which is the value.
    const named = NUMBER_AFTER_COPULA.exec(after);
    if (named && !body.includes('=')) return { kind: 'value', text: named[1]!.replace(/,/g, '') };
    // One formula with only a unit after it ("$112 \times 660 = 73920$ feet", "… pounds", "… radians": not degrees, read as radians) states its value.
    const unitsRemoved = after.replace(/\b[A-Za-z]+\b/g, (w) => (/^(?:square|cubic|units?|radians?|[a-z]{1,3})$/i.test(w) || SCIENCE_UNIT_WORD.test(w) || UNIT_FACTORS[canonicalUnit(w)] || SHORT_UNITS.has(canonicalUnit(w)) ? '' : w));
    // "Cynthia will spend $16$ dollars on ice cream after 60 days": the one formula, marked and followed by its unit, is the value.
    const unitAfter = /^\s*([A-Za-z]+)/.exec(after)?.[1];
    // "…, i.e. $m = 115$, $n = 256$, so $m + n = 371$.": a formula that ends the sentence after "so" is its result.
    // "So \(\frac{2}{15}\) of the students ride the bus.": a lone formula that opens the clause as the share of a whole is its value.
    const share = maths.length === 1 && SHARE_OPENING.test(before) && SHARE_OF.test(after);
    const stated = share || COPULA.test(before) || (/(?:^|[,;]|\s)(?:so|thus|hence|therefore),?\s*$/i.test(before) && /^[\s.!]*$/.test(after)) || (maths.length === 1 && (!/[A-Za-z]{3,}/.test(unitsRemoved) || (unitAfter !== undefined && unitAfter !== 'in' && UNIT_FACTORS[canonicalUnit(unitAfter)] !== undefined)));
    if (!stated) return { kind: 'several' };
    if (HEDGE_WORDS.test(after) || /\b(?:or|maybe|perhaps)\s*$/i.test(before)) return { kind: 'hedged' };
    return { kind: 'value', text: body };
  }
  // `\$1.50` in prose is currency, not LaTeX: read as `$1.50`.
  const s = escaped.replace(/\\\$(?=\s*\d)/g, '$');
  // The last result clause that holds a number states the result; without one, the whole sentence does.
  const at = resultClauseAt(s);
  const clause = withoutYear(statementAfterColon(at === null ? s : s.slice(at)));
  if (s.includes('\\')) {
    // "60 \times 0.9^4 = 39.366, so it takes about 39 minutes": a result clause in words after the working.
    if (clause !== s && !clause.includes('\\')) return sentenceAnswer(clause);
    const tail = copulaTail(s);
    // "…is 1000 + 1.9 \times 1000 = 2900 wolves": a computation states its last value.
    if (tail) return { kind: 'value', text: tail.includes('=') ? tail.slice(tail.lastIndexOf('=') + 1).trim() : tail };
    // "So he pays 8 \times 5 + 8 \times 3.5 = 40 + 28 = 68 dollars.": so does a chain that ends the clause.
    const chain = LAST_RESULT.exec(clause);
    // "Age ≈ 4 × 10⁵ years": a last side in scientific notation, then at most its unit, is one number.
    const scientific = chain ? null : SCIENTIFIC_RESULT.exec(clause);
    if (scientific) return HEDGE_WORDS.test(scientific[0]) ? { kind: 'hedged' } : { kind: 'value', text: `${scientific[1]!} ${scientific[2]!}`.trim() };
    if (!chain) return { kind: 'several' };
    return HEDGE_WORDS.test(clause.slice(clause.lastIndexOf('='))) ? { kind: 'hedged' } : { kind: 'value', text: withScale(clause.slice(clause.lastIndexOf('=')), chain[1]!) ?? chain[1]! };
  }
  // "It takes 1 hour and 15 minutes.": a compound amount is one value when it holds the clause's only numbers.
  const amount = /\d\s*[A-Za-z]+\.?,?\s+(?:and\s+)?\d/.test(clause) ? compoundIn(clause) : null;
  if (amount && standaloneNumbers(clause.slice(0, amount.at) + clause.slice(amount.end)).length === 0) {
    return HEDGE_WORDS.test(clause) ? { kind: 'hedged' } : { kind: 'value', text: amount.value };
  }
  const inClause = standaloneNumbers(clause);
  const numbers = inClause.length > 0 ? inClause : standaloneNumbers(s);
  // "12 + 30 = 42": the result after the last `=`, when it is the last number.
  const result = LAST_RESULT.exec(clause) ?? RESULT_WITH_DETAIL.exec(clause);
  // "1 + 2 + 2 = five down quarks": the result after the last `=`, in words.
  const afterEquals = !result && clause.includes('=') ? clause.slice(clause.lastIndexOf('=') + 1) : '';
  const worded = afterEquals && !/\d/.test(afterEquals) ? countWord(afterEquals) : null;
  if (worded !== null) return HEDGE_WORDS.test(afterEquals) ? { kind: 'hedged' } : { kind: 'value', text: String(worded) };
  // "2 + 1 = 3, so the robe takes three bolts in total.": a result clause that states its number in words.
  const countedInClause = clause !== s && inClause.length === 0 && !result ? countWord(clause) : null;
  if (countedInClause !== null) return HEDGE_WORDS.test(clause) ? { kind: 'hedged' } : { kind: 'value', text: String(countedInClause) };
  if (numbers.length === 0 && !result) {
    // "She finished in sixth place.": a place in a race or a ranking, as its number.
    const place = placeWord(clause);
    if (place !== null) return HEDGE_WORDS.test(clause) ? { kind: 'hedged' } : { kind: 'value', text: String(place) };
    // "The equation has exactly one solution.", "…= five down quarks": a count in words.
    const counted = countWord(clause.slice(clause.lastIndexOf('=') + 1));
    // "Three-fifths of the students are girls.": a fraction in words.
    const fractions = counted === null ? fractionWords(clause) : [];
    if (fractions.length === 1) return HEDGE_WORDS.test(clause) ? { kind: 'hedged' } : { kind: 'value', text: fractions[0]! };
    if (counted === null) return { kind: 'none' };
    return HEDGE_WORDS.test(clause) ? { kind: 'hedged' } : { kind: 'value', text: String(counted) };
  }
  if (HEDGE_WORDS.test(result ? clause.slice(clause.lastIndexOf('=')) : inClause.length > 0 ? clause : s)) return { kind: 'hedged' };
  // "100,000 + 1,350,000 = 1.45 million": a scale word after the result goes with it.
  if (result) return { kind: 'value', text: withScale(clause.slice(clause.lastIndexOf('=')), result[1]!) ?? result[1]! };
  if (numbers.length !== 1) return { kind: 'several' };
  const where = inClause.length > 0 ? clause : s;
  return { kind: 'value', text: withScale(where, numbers[0]!) ?? withUnit(where, numbers[0]!) };
}

const NAMED_PLACE = /(?<=\b(?:[Cc]ity|[Tt]own|[Pp]oint|[Vv]ertex|[Bb]ox|[Ss]tation|[Ss]chool|[Hh]ouse|[Ff]arm|[Ss]tore|[Tt]eam|[Gg]roup)\s+)\$\s*([A-Z])\s*\$/g;

// Units of science named in words after a formula ("$L \\approx 4.5\\times10^{33}$ ergs per second"): a unit, not more words.
const SCIENCE_UNIT_WORD = /^(?:ergs?|joules?|watts?|newtons?|pascals?|kelvins?|coulombs?|volts?|amperes?|ohms?|hertz|electronvolts?|calories?|moles?|parsecs?|teslas?|gauss|farads?|dynes?|atmospheres?|magnitudes?|arcsec(?:ond)?s?|arcmin(?:ute)?s?|decibels?)$/i;

// "12 + 30 = 42" (or "= +10", a signed magnitude): the number after the last \`=\` when it is the last number and no operator follows it (`= 2 + i` is no number).
// "they are \(10 \times 2 = \) **20 miles** apart": a formula left open at its `=` goes on in the bold amount after it.
const OPEN_EQUALS_BOLD = /(=\s*)(\\\)|\$)\s*\*\*\s*(?:\\?\$)?(\d[\d,]*(?:\.\d+)?)\s*([^*]*)\*\*/g;
const SHARE_OPENING = /^\s*(?:(?:so|thus|hence|therefore|overall|in all|altogether),?\s*)?$/i;
const SHARE_OF = /^\s*of\s+(?:the|all|his|her|their|its|our)\b/i;
const SCIENTIFIC_RESULT = /(?:=|\\approx|≈)\s*\$?\s*([-+]?\d+(?:\.\d+)?\s*\\times\s*10\s*\^\s*(?:\{\s*[-+]?\d+\s*\}|[-+]?\d))\s*\$?\s*((?:[A-Za-z]+\s*){0,3})$/;
const LAST_RESULT = /=\s*\$?([-+]?\d+(?:,\d{3})*(?:\.\d+)?)(?![\d.]*\s*(?:[-+*/x×]|\\times|\\cdot|\\div)\s*[\w\\])[^=\d]*$/;
