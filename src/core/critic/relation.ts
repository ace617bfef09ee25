/**
 * Relations in an answer (policies `equations` and `structures`): `x = 3`, `f(x) = …`, `x ≈ 1.41`,
 * `y: -2`, ratios (`3:2`, `S_1 : S_2 = 5 : 9`), computations (`12 + 30 = 42`), equations, and
 * inequalities read as intervals. `parse` is parseValue, passed in (value.ts calls this module).
 */
import type { Node } from './ast';
import { freeVars } from './ast';
import { intersect, intervalsOf, solveInequality } from './intervals';
import { parseExpr } from './parse';
import { splitTop } from './split';
import { withoutUnits } from './units';
import type { Value } from './value';

type Parse = (text: string, depth: number) => Value;
type Scalar = Extract<Value, { k: 'scalar' }>;

// A matrix label may carry its transpose or inverse (`A^T = \begin{bmatrix}…`): that names one matrix;
// so does a vector's (`\vec{AE} = …`, `\overrightarrow{AB} = …`), an acronym of three to five capitals (`MRS = …`, `GDP = …`)
// and an angle's (`\angle C`, which normalise writes `angleC`); a change `\Delta E`, `\Delta H_f` names one quantity too, and so does an optimum `x^*`.
const NAME = /^\s*([A-Za-z](?:_\{?(?:[A-Za-z0-9]+|\\odot)\}?)?(?:\s*\^\s*(?:\{\s*(?:\*|\\ast)\s*\}|\*|\\ast))?|\\Delta\s*[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?|angle[A-Za-z]{1,3}|[A-Z]\s*\^\s*(?:\{\s*(?:T|\\top|-1)\s*\}|T|\\top)|\\[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?|\\(?:vec|overrightarrow|overline)\s*(?:\{\s*[A-Za-z]{1,3}\s*\}|[A-Za-z])|[A-Z]{3,5})\s*$/;
// f(x) = …, f(2) = …, f'(x) = …, f^{-1}(x) = …, \omega(r) = …: a function's value or its formula;
// also with an index (`x_p(t)`, a particular solution of the x(t) asked for: the index tells it apart, not another unknown).
// A letter superscript tags the function (`Y^s(p)` supply, `Q^d(p)` demand), as `^{-1}` marks an inverse.
const FN_LHS = /^\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?'*(?:\^\s*\{\s*-\s*1\s*\}|\^\s*-1|\^\s*(?:[A-Za-z]|\{\s*[A-Za-z]{1,3}\s*\}))?\s*\(\s*[A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)*\s*\)\s*$/;
// A function of one letter, `y(x)`, its letter captured.
const FN_OF_LETTER = /^\s*[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?\s*\(\s*([A-Za-z])\s*\)\s*$/;
// `M \cap N`, `A \cup B`, `\complement_U A`, `A \setminus B`: sets combined by name; the result is one set.
// A complement may also be written `\bar{N}`, `\bar N`, `N^c` or `N'`.
const SET_NAME = String.raw`(?:\\complement_?\{?[A-Z]?\}?\s*|\\(?:overline|bar)\s*\{|\\bar\s*)?[A-Z](?:_\{?\w+\}?)?\}?(?:\^\s*\{?[cC]\}?|')?`;
const SET_LHS = new RegExp(String.raw`^\s*(?:${SET_NAME}(?:\s*(?:\\cap|\\cup|\\setminus|∩|∪)\s*${SET_NAME})+|\\complement_?\{?[A-Z]?\}?\s*[A-Z]|\\(?:overline|bar)\s*\{\s*[A-Z](?:\s*(?:\\cap|\\cup|\\setminus|∩|∪)\s*[A-Z])*\s*\}|\\bar\s*[A-Z]|[A-Z](?:\^\s*\{?[cC]\}?|'))\s*$`);
// `\frac{d}{dx} xe^x = …` needs no bracket: whatever follows the operator is what it is applied to.
const OPERATOR_LHS = /^\s*(?:\\d?frac\s*\{\s*d(?:\^\s*\{?\d\}?)?\s*\}\s*\{\s*d\s*[a-z](?:\^\s*\{?\d\}?)?\s*\}\s*\S|d\s*\/\s*d[a-z]\s*[([]|\\int(?![A-Za-z])|\\(?:sum|prod)(?![A-Za-z]))/;
// `\frac{V_o(s)}{V_i(s)}`, `V_o(s)/V_i(s)`: a transfer function or a ratio of two named quantities labels its value.
const RATIO_TERM = String.raw`[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?\s*\(\s*[A-Za-z]\s*\)`;
const RATIO_LHS = new RegExp(String.raw`^\s*(?:\\[dt]?frac\s*\{\s*${RATIO_TERM}\s*\}\s*\{\s*${RATIO_TERM}\s*\}|${RATIO_TERM}\s*\/\s*${RATIO_TERM})\s*$`);
const LEIBNIZ = /^\s*\\d?frac\s*\{\s*d(?:\^\s*\{?\d\}?)?\s*[a-z]\s*\}\s*\{\s*d\s*[a-z](?:\^\s*\{?\d\}?)?\s*\}\s*$/;
const ARITHMETIC = /^[\d.\s()]*(?:\\div|÷|\\times|×|\\cdot|\*)[\d.\s()+\-*/÷×]*(?:(?:\\div|\\times|\\cdot)[\d.\s()+\-*/÷×]*)*$/;
// `P(A)`, `E[X]`, and physics' expectation value `\langle E \rangle` (`\langle x^2 \rangle`).
const EVENT_LHS = /^\s*(?:(?:[A-Z]|\\Pr|\\mathbb\s*\{?[EP]\}?)\s*(?:\(.+\)|\[.+\])|\\langle\s*[A-Za-z](?:_\{?\w+\}?)?(?:\^\s*\{?\d\}?)?\s*\\rangle)\s*$/;
const SET_OPERATION = /\\cup|\\cap|\\setminus|∪|∩/;
const isSetLike = (v: Value) => v.k === 'interval' || v.k === 'union' || (v.k === 'seq' && v.open === '{');
const VECTOR_TERM = String.raw`\d*\s*\\(?:vec|overrightarrow|mathbf|boldsymbol)\s*(?:\{\s*\w+\s*\}|\w)`;
const VECTOR_LHS = new RegExp(String.raw`^\s*-?\s*${VECTOR_TERM}(?:\s*[+-]\s*${VECTOR_TERM})*\s*$`);
// A number written before a bracket it multiplies: `2`, `-\frac{11}{25}`, `\tfrac12`, `0.5 \cdot`.
const NUMBER_TIMES = /^-?\s*(?:\d+(?:\.\d+)?|\\[dt]?frac\s*(?:\{\d+\}|\d)\s*(?:\{\d+\}|\d))\s*(?:\\cdot|\\times)?\s*(?=\(|\\left\()/;
const TUPLE_OF_NAMES = /^\s*\(\s*[A-Za-z](?:_\d)?(?:\s*,\s*[A-Za-z](?:_\d)?)+\s*\)\s*$/;

function scalarOf(node: Node): Value {
  return { k: 'scalar', node, percent: false, degree: false, unit: null };
}

const constant = (n: Node | null): n is Node => n !== null && freeVars(n).size === 0;

/** `a : b` with constant sides as the value a/b, `a : b : c` as a ratio of terms; null otherwise. */
function ratio(text: string): Value | null {
  const parts = splitTop(text, /:(?!=)/);
  if (parts.length < 2) return null;
  const terms = parts.map((p) => parseExpr(p));
  if (!terms.every(constant)) return null;
  return terms.length === 2 ? scalarOf({ t: 'div', a: terms[0]!, b: terms[1]! }) : { k: 'ratio', terms };
}

/**
 * `a \in \mathbb{R}`, `x \in [-1, 4]`: the set, which bounds the variable named before `\in`, so that
 * it holds together with other conditions on that variable (`a \in \mathbb{R}, a \neq 0, a \neq 1`).
 */
function memberOf(name: string, set: Value): Value {
  // After `\in`, `[0, 5]` and `(0, 5)` are intervals, not a list or a point.
  const pair = set.k === 'seq' && (set.open === '[' || set.open === '(') && set.items.length === 2 && set.items.every((i) => i.k === 'scalar' && constant(i.node));
  const range: Value = pair ? { k: 'interval', lo: (set.items[0] as Scalar).node, hi: (set.items[1] as Scalar).node, loClosed: set.open === '[', hiClosed: set.open === '[' } : set;
  if (range.k !== 'interval' && range.k !== 'union') return set;
  const node = parseExpr(name);
  const vars = node ? [...freeVars(node)] : [];
  return vars.length === 1 ? { ...range, variable: vars[0]! } : range;
}

/** `x = 3`, `x ≈ 1.41`, `y: -2`, `x \in [1, 2]`, ratios and inequalities; null when `s` is none of them. */
export function relation(input: string, depth: number, parse: Parse): Value | null {
  let s = input;
  const inMatch = s.includes('\\in') ? /^\s*([A-Za-z](?:_\{?\w+\}?)?|\\[A-Za-z]+)\s*\\in(?![A-Za-z])\s*(.+)$/.exec(s) : null;
  if (inMatch) return memberOf(inMatch[1]!, parse(inMatch[2]!, depth + 1));
  // `C: x^2 - y^2 = 2`, `l: y = 2x + 1`: a curve's or a line's name, then its equation (not a ratio `a : b = 2 : 3`).
  const curve = s.includes(':') && s.includes('=') ? /^\s*(?:[A-Z]|l)(?:_\{?\w+\}?)?\s*:([^:]+=[^:]+)$/.exec(s) : null;
  if (curve) {
    const equation = parse(curve[1]!, depth + 1);
    // An equation of a curve: not `x = 2`, a value named after a label (`A: x = 2` may be a choice).
    if (equation.k === 'equation' || (equation.k === 'eq' && (equation.lhs !== undefined || (equation.rhs.k === 'scalar' && freeVars(equation.rhs.node).size > 0)))) return equation;
  }
  if (s.includes('≈')) {
    // `20/3 ≈ 6.67` and `x = 20/3 ≈ 6.67`: the approximation only annotates the exact value.
    const approxParts = splitTop(s, /≈/);
    if (approxParts.length > 1) {
      const head = approxParts[0]!;
      // `A = \pi r^2 ≈ 3.1416`: a formula in the question's letters with its values put in; the number is the value.
      const approximation = approxParts[approxParts.length - 1]!;
      const last = splitTop(head, /=/).pop()!;
      // (The number may carry its unit: `t_d = \ln 2 / r ≈ 0.53 years`.)
      const exact = /^\s*-?\d[\d.]*(?:\s+[A-Za-z]+)?\s*$/.test(approximation) ? parseExpr(last) : null;
      if (exact && freeVars(exact).size > 0) return parse(approximation, depth + 1);
      // `\cos\langle \vec{a}+\vec{b}, \vec{a}-\vec{b}\rangle ≈ 0.2426`: a quantity named without a digit, which the
      // parser cannot read, is no exact value the decimal annotates; the decimal is the value.
      if (/^\s*-?\d[\d.]*\s*$/.test(approximation) && !/\d/.test(last) && /\\[A-Za-z]/.test(last) && parseExpr(last) === null) return parse(approximation, depth + 1);
      // `2 \div 3 ≈ 0.67`: arithmetic on numbers is working, and the chain commits to its last side
      // (policy `decimals`); an exact value written as one (`\frac{2}{3}`, `20/3`, `2\sqrt{3}`) is the value.
      if (exact && ARITHMETIC.test(last)) return parse(approximation, depth + 1);
      // `R(M) \simeq \frac{aM^{5/3}}{GM^2 + bM^{4/3}}`: a function's value named, as `x ≈ …` names x.
      if (NAME.test(head) || FN_LHS.test(head)) s = `${head} = ${approxParts[1]}`;
      else if (head.length > 0) return parse(head, depth + 1);
    }
  }
  if (s.includes('=')) return equality(s, depth, parse);
  if (s.includes(':')) {
    const parts = splitTop(s, /:(?!=)/);
    if (parts.length > 2) return ratio(s);
    if (parts.length !== 2) return null;
    const name = NAME.exec(parts[0]!);
    if (name) return { k: 'eq', name: name[1]!.replace(/[{}]/g, ''), rhs: parse(parts[1]!, depth + 1) };
    if (FN_LHS.test(parts[0]!)) return { k: 'eq', name: parts[0]!.replace(/\s+/g, ''), rhs: parse(parts[1]!, depth + 1) };
    // `3:2` is a ratio: the value 3/2.
    return ratio(s);
  }
  return inequality(s);
}

/** Everything with an `=`: named values, labelled ratios, computations and equations. */
function equality(s: string, depth: number, parse: Parse): Value | null {
  const parts = splitTop(s, /=/);
  if (parts.length < 2) return null;
  const lhsText = parts[0]!;
  const rhsText = parts[parts.length - 1]!;
  // `S_1 : S_2 = 5 : 9`, `a:b:c = 2:3:4`: the ratio the left side names.
  if (lhsText.includes(':')) {
    const r = ratio(rhsText);
    if (r) return r;
  }
  const name = NAME.exec(lhsText);
  // `LRAC = SRAC` is a condition between two named quantities (policy `text`), not a value named LRAC.
  const wordsEqual = name !== null && /^[A-Z]{3,5}$/.test(name[1]!) && /^\s*[A-Za-z][A-Za-z ]*$/.test(rhsText);
  if (name && !wordsEqual) return { k: 'eq', name: name[1]!.replace(/[{}]/g, ''), rhs: parse(rhsText, depth + 1) };
  // `(x, y) = (2, 3)`: the names only label the tuple.
  if (TUPLE_OF_NAMES.test(lhsText) && parts.length === 2) return parse(rhsText, depth + 1);
  // `\{1\} \cup (1, +\infty) = [1, +\infty)`: a chain of sets simplified commits to its last side.
  if (SET_OPERATION.test(lhsText)) {
    const sides = parts.map((p) => parse(p, depth + 1));
    if (sides.every(isSetLike)) return sides[sides.length - 1]!;
  }
  // `\left(\frac{2+6}{2}, \frac{8-2}{2}\right) = (4, 3)`: a point computed coordinate by coordinate commits to its last side,
  // also a vector scaled by a number first (`\frac{11}{25}(3, 4) = (1.32, 1.76)`).
  const tupleText = lhsText.trim().replace(NUMBER_TIMES, '');
  if (tupleText.startsWith('(') || tupleText.startsWith('\\left(')) {
    const sides = [tupleText, ...parts.slice(1)].map((p) => parse(p, depth + 1));
    const n = sides[0]!.k === 'seq' ? sides[0]!.items.length : 0;
    const point = (v: Value) => v.k === 'seq' && v.open === '(' && v.items.length === n && v.items.every((i) => i.k === 'scalar' && constant(i.node));
    if (n > 1 && sides.every(point)) return sides[sides.length - 1]!;
  }
  if (FN_LHS.test(lhsText)) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1) };
  // `5 - 2x = y(x)`: the function named on the right, of a letter the left side uses, is the label (not y·x).
  const applied = parts.length === 2 ? FN_OF_LETTER.exec(rhsText) : null;
  if (applied && new RegExp(`(?<![A-Za-z\\\\])${applied[1]}(?![A-Za-z])`).test(lhsText)) return equality(`${rhsText} = ${lhsText}`, depth, parse);
  // `\vec{u} + \vec{v} = (-3, 4)`, `2\vec{a} - \vec{b} = (1, 0)`: a combination of vectors names the vector it yields.
  if (parts.length === 2 && VECTOR_LHS.test(lhsText)) {
    const rhs = parse(rhsText, depth + 1);
    // The left side is kept so that a label the question does not ask for (`2\vec{u} - \vec{v}` for u + v) is another quantity.
    const lhs = parseExpr(lhsText);
    if (rhs.k === 'seq' || rhs.k === 'matrix') return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs, ...(lhs ? { lhs } : {}) };
  }
  // `\frac{d}{dx}(x^3) = 3x^2`, `\int 2x\,dx = x^2 + C`, `\sum_{k=1}^{9} … = 3159`: an operator applied names the quantity it yields.
  if (parts.length === 2 && OPERATOR_LHS.test(lhsText)) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1) };
  // `\frac{dy}{dx} = 6x - 4` names the derivative; kept as an equation too, so it still compares with `m\frac{dv}{dt} + bv = f`.
  if (parts.length === 2 && LEIBNIZ.test(lhsText)) {
    const [lhs, rhs] = [parseExpr(lhsText), parseExpr(rhsText)];
    if (lhs && rhs) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1), lhs, rhsNode: rhs };
  }
  if (parts.length === 2 && RATIO_LHS.test(lhsText)) {
    // The left side is kept so that a ratio the question does not ask for (`\frac{I(s)}{V_i(s)}` for V_o/V_i) is another quantity.
    const lhs = parseExpr(lhsText);
    return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1), ...(lhs ? { lhs } : {}) };
  }
  if (parts.length === 2 && SET_LHS.test(lhsText)) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1) };
  const nodes = parts.map((p) => parseExpr(p));
  // `P(A \cap B) = 0.3`, `E[X] = 3.5`, `\langle E \rangle = …`: a probability or expectation names one quantity, whatever its argument says.
  if (!nodes[0] && parts.length === 2 && EVENT_LHS.test(lhsText)) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1) };
  // `12 + 30 = 42`: a computation states its last value.
  // `\frac{21}{8} = 2\frac{5}{8}`: a last value written as a mixed number is read as one (21/8), not as a product.
  if (nodes.every(constant)) return /^\s*-?\d+\s*\\frac/.test(rhsText) ? parse(rhsText, depth + 1) : scalarOf(nodes[nodes.length - 1]!);
  // `\frac{2}{8} = 25\%`, `3 \times 4 = 12 cm`: a computation whose last value carries a percent sign or a unit.
  const lastNode = nodes[nodes.length - 1];
  if (nodes.slice(0, -1).every(constant) && (!lastNode || freeVars(lastNode).size > 0)) {
    const last = parse(rhsText, depth + 1);
    if (last.k === 'scalar' && (last.percent || last.unit !== null || last.degree) && freeVars(last.node).size === 0) return last;
  }
  // `\frac{5}{75} \times 100\% = 6.67\%`, `612 in \div 36 in/yd = 17 yd`: working with percent signs or units on its earlier sides.
  if (/[%A-Za-z]/.test(lhsText)) {
    const last = parse(rhsText, depth + 1);
    const earlier = last.k === 'scalar' && freeVars(last.node).size === 0 ? parts.slice(0, -1).map((p) => withoutUnits(p, last.unit !== null)) : [];
    if (earlier.length > 0 && earlier.every((p) => p !== null && constant(parseExpr(p)))) return last;
  }
  // `m+n+12mn = 7+144 = 151`: an expression, then a computation of its value.
  if (parts.length > 2 && nodes[0] && nodes.slice(1).every(constant) && freeVars(nodes[0]).size > 0) {
    return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: scalarOf(nodes[nodes.length - 1]!), lhs: nodes[0], rhsNode: nodes[nodes.length - 1]! };
  }
  if (parts.length !== 2) return null;
  // `AB = 3 cm`, `2x = 6 \text{ cm}`: a unit after the number on the right side, not two more unknowns `c·m`.
  // Only with a space before it: `2x = 6m` may relate x and m.
  if (nodes[0] && freeVars(nodes[0]).size > 0 && /\d\s+[A-Za-z]/.test(rhsText)) {
    const value = parse(rhsText, depth + 1);
    if (value.k === 'scalar' && value.unit !== null && freeVars(value.node).size === 0) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: value, lhs: nodes[0], rhsNode: value.node };
  }
  const [lhs, rhs] = nodes;
  if (!lhs || !rhs) return null;
  // `a+b+c = 6/5`: a constant right side after an expression in the question's unknowns.
  if (freeVars(rhs).size === 0 && freeVars(lhs).size > 0) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1), lhs, rhsNode: rhs };
  return { k: 'equation', lhs, rhs };
}

type Op = '<' | '≤' | '>' | '≥' | '≠';
const FLIP: Record<Op, Op> = { '<': '>', '≤': '≥', '>': '<', '≥': '≤', '≠': '≠' };

/** `side op other`, solved for the side's variable when `other` is free of variables (or `side` is a lone name). */
function oneSided(sideText: string, op: Op, otherText: string): Value | null {
  const side = parseExpr(sideText);
  const other = parseExpr(otherText);
  if (!side || !other) return null;
  if (freeVars(side).size === 0) return null;
  // `x > a`: a bound written with a parameter is still the ray past it.
  if (!constant(other) && !(side.t === 'sym' && op !== '≠')) return null;
  return solveInequality(side, op, other);
}

/** `a < x ≤ b`, `x > 2`, `-x > -2`, `|x| ≥ 2`, `x ≠ 3`, `-1 < g(x) < 3` as intervals; anything else is left alone. */
function inequality(s: string): Value | null {
  if (!/[<>≤≥≠]/.test(s)) return null;
  const parts = s.split(/(≤|≥|<|>|≠)/).map((p) => p.trim());
  if (parts.length < 3 || parts.length % 2 === 0) return null;
  const ops = parts.filter((_p, i) => i % 2 === 1) as Op[];
  const terms = parts.filter((_p, i) => i % 2 === 0);
  if (parts.length > 5) return order(terms, ops);
  if (parts.length === 3) {
    const leftHasVars = parseExpr(terms[0]!) !== null && freeVars(parseExpr(terms[0]!)!).size > 0;
    return leftHasVars ? oneSided(terms[0]!, ops[0]!, terms[1]!) : oneSided(terms[1]!, FLIP[ops[0]!], terms[0]!);
  }
  const up = ops.every((o) => o === '<' || o === '≤');
  const down = ops.every((o) => o === '>' || o === '≥');
  if (!up && !down) return null;
  // a op1 b op2 c  ⇔  (b flip(op1) a) and (b op2 c).
  const lower = oneSided(terms[1]!, FLIP[ops[0]!], terms[0]!);
  const upper = oneSided(terms[1]!, ops[1]!, terms[2]!);
  const [a, b] = [lower && intervalsOf(lower), upper && intervalsOf(upper)];
  if (!a || !b || a.length !== 1 || b.length !== 1) return order(terms, ops);
  return intersect(a[0]!, b[0]!) ?? order(terms, ops);
}

/** `b > a > c` (or `c < a < b`) as an order of its terms, greatest first; null unless every step goes one way. */
function order(terms: string[], ops: Op[]): Value | null {
  const down = ops.every((o) => o === '>' || o === '≥');
  if (!down && !ops.every((o) => o === '<' || o === '≤')) return null;
  const nodes = terms.map((t) => parseExpr(t));
  if (!nodes.every((n): n is Node => n !== null)) return null;
  const strict = ops.map((o) => o === '<' || o === '>');
  return down ? { k: 'order', items: nodes.map(scalarOf), strict } : { k: 'order', items: nodes.map(scalarOf).reverse(), strict: strict.reverse() };
}
