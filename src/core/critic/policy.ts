/**
 * Every judgement policy of the critic, in one place. `POLICIES` is the list people read: the
 * "Policies" section of docs/readme/critic.md is generated from it
 * (`npx tsx tests/fixtures/critic/write-policy-doc.ts`) and a test fails when the two differ. The
 * numbers the rules use are the constants below, and the sentences quote them.
 */

/** Policy `decimals`: a rounded decimal must show at least this many significant digits. */
export const MIN_SIG_DIGITS = 6;
/** Policy `decimals`: relative difference accepted as floating-point round-off in program output. */
export const FLOAT_NOISE = 1e-9;
/** Policy `closed-forms`: relative agreement for two exact closed forms evaluated in double precision. */
export const CLOSED_FORM_REL = 1e-12;
/** Policy `variables`: random evaluation points and the agreement required at each. */
export const PROBE_POINTS = 8;
export const PROBE_MIN_POINTS = 4;
export const PROBE_REL = 1e-9;
/** Policy `final-answer`: prose longer than this (or on several lines) without a final-answer marker is reasoning. */
export const BARE_ANSWER_MAX_CHARS = 80;

/** One policy: a stable id the code refers to, a title, and the rule in one paragraph (Markdown). */
export interface Policy {
  id: string;
  title: string;
  rule: string;
}

/** The policies, in the order the docs list them. */
export const POLICIES = [
  {
    id: 'final-answer',
    title: 'Final answer',
    rule: `A whole response is reduced to its final answer by \`extractAnswer\` (src/core/answer): the last \`\\boxed{…}\`/\`\\fbox{…}\` (balanced braces), else the last "The answer is …" / "final answer is …" / "Answer: …" / \`#### …\`, else the last program \`output\` block. Every candidate at the winning level must match: two different boxed answers is a NO. Without a box, an answer phrase or an output block, a short text (at most ${BARE_ANSWER_MAX_CHARS} characters on one line) or pure mathematics is read as the answer; in longer prose only the last sentence counts, and only when it holds exactly one number, or a result after its last \`=\`, and no hedge ("She makes $18 every day."); otherwise there is no answer, a NO. An exception in the last output block is no answer either. Multi-line program output is read as the list of its lines (\`x = 3\` / \`y = 4\`), unless a line is open (a matrix printed over several lines). The reference is reduced the same way (a MATH solution's last box, GSM8K's \`#### n\`).`,
  },
  {
    id: 'exact-numbers',
    title: 'Exact numbers',
    rule: 'When both sides are exact rationals (integers of any size, fractions, decimals read exactly, powers, perfect roots) they are compared exactly with BigInt: `2^64+1 ≠ 2^64`, `0.25 = 1/4`, `3.2e4 = 32000`.',
  },
  {
    id: 'decimals',
    title: 'Decimals',
    rule: `A decimal literal may stand for a rounded value. One that is not exactly equal matches only if it shows at least ${MIN_SIG_DIGITS} significant digits and is the value rounded or cut off at its last digit, or lies within ${FLOAT_NOISE} relative (program round-off, \`0.30000000000000004\`). So \`0.3333333 = 1/3\`, \`0.666666 = 2/3\`, \`1.414214 = √2\`, but \`0.33 ≠ 1/3\`, \`3.14 ≠ π\`, \`0.9091 ≠ 10/11\`, \`2.00001 ≠ 2\`.`,
  },
  {
    id: 'closed-forms',
    title: 'Closed forms',
    rule: `Two exact closed forms without variables (\`√2/2\` vs \`1/√2\`, radicals, π, logs) are equal when they agree to ${CLOSED_FORM_REL} relative in double precision; sympy confirms when present, and also rechecks near misses (a NO within 1e-6). Sums that cancel or absorb in double precision are left to sympy. Never an absolute epsilon: \`1e-12 ≠ 2e-12\`.`,
  },
  {
    id: 'variables',
    title: 'Variables',
    rule: `Expressions with free variables are compared by sympy when the symbolic stage is available; otherwise the rules evaluate both at ${PROBE_POINTS} fixed pseudo-random points (agreement to ${PROBE_REL} relative at every point where both are defined, at least ${PROBE_MIN_POINTS} of them).`,
  },
  {
    id: 'percent',
    title: 'Percent',
    rule: '`25%` matches `25` (the sign read as a unit) and `0.25` (its value); a bare `25` never matches `0.25`: no ×100 / ÷100 guessing without a percent sign. When the question is given and never mentions percent, `80%` means only 0.8 (it does not match `80`).',
  },
  {
    id: 'degrees',
    title: 'Degrees',
    rule: '`30°` matches `30` and, as an angle, `π/6`; a bare `30` never matches `π/6`.',
  },
  {
    id: 'units',
    title: 'Units and currency',
    rule: '`$`, `\\$` and trailing units (`cm`, `\\text{ dollars}`, `m^2`) are dropped after a number or a constant expression, never after a variable. If both sides name a unit: the same unit compares the numbers; known units of one dimension (time, length, mass, money, volume) are converted exactly (`90 minutes` = `1.5 hours`); any other pair of different units is a NO. Scale words are numbers, not units: `1.5 million` = 1500000, `3 dozen` = 36.',
  },
  {
    id: 'equations',
    title: 'Equations',
    rule: '`x = 3` matches `3`; `y = 2x+3` matches `2x+3`; equations compare by `lhs − rhs` up to a constant factor; different named unknowns (`x = 5` vs `y = 5`) do not match. Systems (`x=1, y=2`, `{x: 1, y: 2}`) match by name, or a tuple in alphabetical order of the names.',
  },
  {
    id: 'structures',
    title: 'Structures',
    rule: 'Sets, bare comma lists and Python lists are unordered; tuples `( )` and `\\langle \\rangle` are ordered; a one-element list matches its element. Intervals keep their ends as written (`(1, 2] ≠ [1, 2]`, `[2, ∞] ≠ [2, ∞)`); `(a, b)` against `[a, b]` is a NO unless the question asks for a point, ordered pair or vector; a pair in round brackets is not a set. Matrices compare element-wise; a one-row or one-column matrix is a vector. Inequalities and set-builder notation are read as intervals (`{x | -2 ≤ x < 1}` = `[-2, 1)`), "or" between inequalities as a union.',
  },
  {
    id: 'hedges',
    title: 'Hedges',
    rule: '"3 or 4", or `±2` against a single value, is a NO unless the reference itself lists several values, in which case "or" is read as a list separator. "1/2 or 0.5" names one value twice and matches it.',
  },
  {
    id: 'choices',
    title: 'Choices',
    rule: 'A letter reference matches exactly that letter (`C`, `(C)`, `\\textbf{(C)} 42`, `C: 42`), or the option\'s text when the question lists its options; a letter whose text contradicts the option, or several letters, is a NO.',
  },
  {
    id: 'text',
    title: 'Text',
    rule: 'Words are compared case-, space-, punctuation- and article-insensitively, a trailing plural `s` and a trailing generic noun ("solutions") ignored; `True`/`yes`, `False`/`no` are booleans; number words below a million are numbers. Short different words are a NO; longer phrases stay undecided.',
  },
  {
    id: 'undecided',
    title: 'Undecided',
    rule: 'When nothing above applies (an unparsable side, a long phrase), the rules say undecided with a reason; the symbolic stage and then the optional LLM judge may decide. `grade` and the accuracy figures count undecided as NO.',
  },
] as const satisfies readonly Policy[];

/** The id of a policy, for code that names the policy it implements. */
export type PolicyId = (typeof POLICIES)[number]['id'];

/** The policies as the numbered Markdown list the docs show. */
export function renderPolicies(): string {
  return POLICIES.map((p, i) => `${i + 1}. **${p.title}** (\`${p.id}\`). ${p.rule}`).join('\n') + '\n';
}
