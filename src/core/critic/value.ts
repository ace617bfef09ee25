/**
 * Structure of an answer: a scalar (with percent / degree / unit flags), an ordered tuple, a set,
 * a bare list, an interval with its ends, a union, a matrix, equations (`x = 3`, `{x: 3}`), a
 * hedge ("3 or 4"), a boolean, or plain text. Program-output forms are rewritten first
 * (program.ts), so `Fraction(3, 4)` and `\frac{3}{4}` reach the same tree.
 */
import type { Node } from './ast';
import { freeVars } from './ast';
import { parseExpr } from './parse';
import { approx } from './numeric';
import { rewriteProgramForms, readMatrix } from './program';
import { splitTop, enclosed } from './split';
import { UNIT_WORD, compoundQuantity, isUnit } from './units';
import { numberWord, spokenFraction } from './text';
import { relation } from './relation';
import { conditions, intersect, withoutPoints, type Interval } from './intervals';
import { memoised } from './judgement-memo';

export interface Scalar {
  k: 'scalar';
  node: Node;
  percent: boolean;
  degree: boolean;
  unit: string | null;
}

/** A parsed answer. */
export type Value =
  | Scalar
  /** open: '(' tuple, '[' list, '{' set, '' bare comma list, '<' angle-bracket vector. */
  | { k: 'seq'; open: '(' | '[' | '{' | '' | '<'; items: Value[] }
  /** `variable`: what an inequality bounded (`x`, `g(x)`), when the interval was written as one. */
  | { k: 'interval'; lo: Node; hi: Node; loClosed: boolean; hiClosed: boolean; variable?: string }
  | { k: 'union'; parts: Value[]; variable?: string }
  | { k: 'matrix'; rows: Value[][] }
  /** `name = value` (also `name: value` from a Python dict); `lhs` when the left side is an expression. */
  | { k: 'eq'; name: string; rhs: Value; lhs?: Node; rhsNode?: Node }
  /** An equation whose left side is not a lone name, e.g. `x^2 + y^2 = 1`. */
  | { k: 'equation'; lhs: Node; rhs: Node }
  /** Alternatives joined by "or": a hedge unless the reference itself lists several values. */
  | { k: 'alt'; items: Value[] }
  /** A chain of comparisons `b > a > c`: its terms from the greatest to the least, and which steps are strict. */
  | { k: 'order'; items: Value[]; strict: boolean[] }
  /** A ratio of three or more terms, `2:3:4` (a two-term ratio is the value a/b). */
  | { k: 'ratio'; terms: Node[] }
  | { k: 'bool'; value: boolean }
  | { k: 'text'; text: string };

const MAX_DEPTH = 8;
const SCALE_WORDS: Record<string, bigint> = { hundred: 100n, thousand: 1000n, million: 10n ** 6n, billion: 10n ** 9n, trillion: 10n ** 12n, dozen: 12n };

const wordy = (v: Value) => v.k === 'text' || ((v.k === 'seq' || v.k === 'alt') && v.items.some((i) => i.k === 'text'));
const CLAUSE_WORD = /\b(?:so|thus|hence|therefore|then|and|which|is|are|was|were|it|we|get)\b/i;
const RESTATEMENT_WORD = /approx|about|roughly|equivalent|i\.\s?e\.|that is|≈/i;
// After a comma: "or" may open it, but a word of restating must follow (", or 4" is another value);
// the restated decimal may carry a unit ("14.14 m/s").
const RESTATED = /^(.+?)\s*(?:,\s*(?:or\s*,?\s*)?(?:equivalently|i\.\s?e\.|that is|approximately|approx\.?|about|roughly|≈|~|\\approx)(?:\s*,?\s*(?:equivalently|i\.\s?e\.|that is|approximately|approx\.?|about|roughly|≈|~|\\approx))?|\s(?:or\s*,?\s*)?(?:equivalently|approximately|approx\.|about|roughly))\s*,?\s*(-?\d[\d.]*\s*%?(?:\s*[A-Za-z][A-Za-z /^{}\d]{0,30})?)$/i;

/** Parses a normalised answer into a Value (text when nothing mathematical fits). */
export function parseValue(input: string, depth = 0): Value {
  return depth === 0 ? parseTop(input) : readValue(input, depth);
}

const parseTop = memoised((input: string) => readValue(input, 0));

function readValue(input: string, depth: number): Value {
  let s = rewriteProgramForms(input.trim());
  if (depth > MAX_DEPTH) return text(s);
  if (/^(?:≈|~|appro|about|roughly)/i.test(s)) s = s.replace(/^(?:≈|~|approximately|approx\.?|about|roughly)\s*/i, '').trim();
  // "pi over two" is π/2 (not π in a unit "over two").
  const spoken = /\sover\s/i.test(s) ? spokenFraction(s) : null;
  if (spoken) s = spoken;
  if (/^(?:true|yes)$/i.test(s)) return { k: 'bool', value: true };
  if (/^(?:false|no)$/i.test(s)) return { k: 'bool', value: false };

  // A clock time (`1:58 am`, `13:05`) is a word-like answer, not a ratio.
  const time = /^(\d{1,2}):(\d{2})\s*(?:([ap])\.?\s*m\.?)?$/i.exec(s);
  if (time) return text(`${Number(time[1])}:${time[2]}${time[3] ? ' ' + time[3].toLowerCase() + 'm' : ''}`);
  if (/^(?:\\mathbb\s*\{?R\}?|ℝ|all real numbers|\\mathbf\{R\})$/i.test(s)) {
    return { k: 'interval', lo: { t: 'neg', a: { t: 'sym', name: 'oo' } }, hi: { t: 'sym', name: 'oo' }, loClosed: false, hiClosed: false };
  }
  if (/^(?:\\emptyset|\\varnothing|∅|\\\{\s*\\\}|\{\s*\}|\\o)$/.test(s)) return { k: 'seq', open: '{', items: [] };
  // "No solution", "the empty set": the empty set in words.
  if (/^(?:there (?:is|are) )?(?:no (?:real )?(?:solutions?|roots?|such \w+)|(?:the )?empty set|none)$/i.test(s)) return { k: 'seq', open: '{', items: [] };
  // `M^T`, `(1, 2, 3)^{\top}`: a transposed matrix; a transposed vector is the same vector.
  const transposed = /\^\s*(?:\{\s*)?(?:T|\\top|\\intercal)(?:\s*\})?$/.test(s) ? transpose(parseValue(s.replace(/\s*\^\s*(?:\{\s*)?(?:T|\\top|\\intercal)(?:\s*\})?$/, ''), depth + 1)) : null;
  if (transposed) return transposed;
  // `\left( \begin{array}{cc} … \end{array} \right)`: brackets around a matrix environment.
  const wrapped = s.includes('\\begin') ? /^[([]\s*(\\begin\{(\w+)\}[\s\S]*\\end\{\2\})\s*[)\]]$/.exec(s) : null;
  if (wrapped) s = wrapped[1]!;
  const matrix = s.includes('[') || s.includes('\\begin') ? readMatrix(s) : null;
  if (matrix) return { k: 'matrix', rows: matrix.map((row) => row.map((cell) => parseValue(cell, depth + 1))) };

  // `ℝ \ {0, 1}`, also written `\mathbb{R} - \{3\}`: the real line without some points.
  const without = /\\setminus|\\backslash|-\s*\\\{/.test(s) ? /^(?:\\mathbb\s*\{?R\}?|ℝ|\\mathbf\{R\})\s*(?:\\setminus|\\backslash|-)\s*(\\\{.*\\\})$/.exec(s) : null;
  if (without) {
    const points = parseValue(without[1]!, depth + 1);
    const nodes = points.k === 'seq' && points.items.every((i) => i.k === 'scalar') ? points.items.map((i) => (i as Scalar).node) : null;
    return (nodes && withoutPoints(nodes)) ?? text(s);
  }

  // `3 hours and 20 minutes` is one amount (200 minutes), not a list (policy `units`).
  const compound = /^\d[\d.]*\s*[A-Za-z]+\.?,?\s+(?:and\s+)?\d/.test(s) ? compoundQuantity(s) : null;
  if (compound) s = compound;
  // (`A \cup B = \{1, 2\}` is a set named by a union: the relation parser reads it.)
  const unionParts = /\\cup|∪|\bU\b/.test(s) && splitTop(s, /(?<![<>!≤≥])=/).length === 1 ? splitTop(s, /\\cup|∪|\bU\b/) : [s];
  if (unionParts.length > 1) {
    const parts = unionParts.map((p) => parseValue(p, depth + 1));
    // `\{1, 4\} ∪ \{6\}` is the set {1, 4, 6}.
    if (parts.every((p) => p.k === 'seq' && p.open === '{')) return { k: 'seq', open: '{', items: parts.flatMap((p) => (p as Seq).items) };
    return { k: 'union', parts };
  }

  // "\sqrt{12}, approximately 3.46", "\frac{3}{4}, or equivalently 0.75": one value stated twice. Read as
  // alternatives, both must match (policy `hedges`), so a wrong restated decimal is a NO (policy `decimals`).
  const restated = RESTATEMENT_WORD.test(s) ? RESTATED.exec(s) : null;
  // Only after a value ("It is about 2.72" is one value, "51.2, so about 51 percent" a result clause).
  const first = restated && /[\d\\]/.test(restated[1]!) && !CLAUSE_WORD.test(restated[1]!) ? parseValue(restated[1]!, depth + 1) : null;
  if (first && !wordy(first)) return { k: 'alt', items: [first, parseValue(restated![2]!, depth + 1)] };

  // sympy prints a disjunction of relations as `(x < -2) | (x > 2)`: bars between bracketed relations, not an absolute value.
  const orParts = /\bor\b|\\vee/.test(s) ? splitTop(s, /\s+or\s+|\\text\{\s*or\s*\}|\\vee/) : s.startsWith('(') && /\)\s*\|\s*\(/.test(s) ? splitTop(s, /\s*\|\s*/) : [s];
  if (orParts.length > 1) return { k: 'alt', items: serialOr(orParts).map((p) => parseValue(p, depth + 1)) };

  // `a=3, b=1; a=1, b=3`: solutions separated by semicolons, each a system of its own.
  const solutions = s.includes(';') ? splitTop(s, /;/) : [s];
  if (solutions.length > 1) {
    const items = solutions.map((p) => parseValue(p, depth + 1));
    if (items.every((v) => v.k === 'seq' && v.items.length > 1 && v.items.every((x) => x.k === 'eq'))) return { k: 'seq', open: '', items };
  }
  // sympy prints a conjunction as `(-2 < x) & (x < 1)`.
  const andParts = /\band\b|;/.test(s) ? splitTop(s, /\s+and\s+|,\s*and\s+|;/) : s.includes('&') && !s.includes('\\begin') ? splitTop(s, /\s*&\s*/) : [s];
  if (andParts.length > 1) {
    const items = andParts.map((p) => parseValue(p, depth + 1));
    // `x > 2 and x < 5` is one interval: the intersection.
    if (items.length === 2 && items.every((v) => v.k === 'interval') && /\band\b|&/.test(s)) return intersect(items[0] as Interval, items[1] as Interval) ?? text(s);
    return conditions(items) ?? { k: 'seq', open: '', items: flattenBare(items) };
  }

  const commaParts = s.includes(',') ? splitTop(s, /,/) : [s];
  if (commaParts.length > 1) {
    const items = commaParts.map((p) => parseValue(p, depth + 1));
    return conditions(items) ?? { k: 'seq', open: '', items };
  }

  const box = enclosed(s);
  // `(x < 1)`: a relation in brackets, as sympy prints the parts of `&` and `|`.
  if (box && box.open === '(' && box.close === ')' && /[<>≤≥≠]/.test(box.inner) && !box.inner.includes(',')) return parseValue(box.inner, depth + 1);
  if (box) {
    const items = splitTop(box.inner, /,/);
    if (box.open === '\\{') {
      const builder = /^([A-Za-z])\s*(?:\\in\s*(?:\\mathbb\s*\{?R\}?|ℝ|\\mathbf\{R\}))?\s*(?:\||:)\s*(.+)$/.exec(box.inner);
      // {x | -2 ≤ x < 1}: the condition must be about the named variable; `{x \in \mathbb{R} : …}` only says x is real.
      if (builder) return new RegExp(`(?<![A-Za-z\\\\])${builder[1]}(?![A-Za-z])`).test(builder[2]!) ? parseValue(builder[2]!, depth + 1) : text(s);
      return { k: 'seq', open: '{', items: items.map((p) => parseValue(p, depth + 1)) };
    }
    if (box.open === '{' && items.length > 1) return { k: 'seq', open: '{', items: items.map((p) => parseValue(p, depth + 1)) };
    if (box.open === '\\langle') return { k: 'seq', open: '<', items: items.map((p) => parseValue(p, depth + 1)) };
    if (items.length === 2 && box.open !== '{') {
      const lo = parseExpr(items[0]!);
      const hi = parseExpr(items[1]!);
      const mixed = box.open !== (box.close === ')' ? '(' : '[');
      const infinite = /\\infty|oo/.test(box.inner);
      if (lo && hi && (mixed || infinite)) return { k: 'interval', lo, hi, loClosed: box.open === '[', hiClosed: box.close === ']' };
    }
    if ((box.open === '(' && box.close === ']') || (box.open === '[' && box.close === ')')) return text(s); // mixed ends are only for intervals
    if (items.length > 1 || box.open === '[') {
      return { k: 'seq', open: box.open === '(' ? '(' : box.open === '[' ? '[' : '{', items: items.map((p) => parseValue(p, depth + 1)) };
    }
  }

  // `3 to 2` is the ratio 3:2.
  const to = s.includes(' to ') ? /^([-\d.]+)\s+to\s+([-\d.]+)$/.exec(s) : null;
  if (to) s = `${to[1]}:${to[2]}`;
  // A labelled point `P(1, 2)` is the point `(1, 2)`.
  const point = /^[A-Z]\s*(\([^()]*,[^()]*\))$/.exec(s);
  if (point) return parseValue(point[1]!, depth + 1);
  const rel = relation(s, depth, parseValue);
  if (rel) return rel;
  return scalar(s);
}

type Seq = Extract<Value, { k: 'seq' }>;

/** A transposed matrix; a vector (a list, or a one-row or one-column matrix) is itself; null for anything else. */
function transpose(v: Value): Value | null {
  if (v.k === 'matrix') return { k: 'matrix', rows: v.rows[0]!.map((_c, j) => v.rows.map((row) => row[j]!)) };
  return v.k === 'seq' && v.open !== '{' ? v : null;
}

/** Items of bare lists inside a list, lifted into it (`1, 2` and `3` → `1, 2, 3`). */
export function flattenBare(items: Value[]): Value[] {
  return items.flatMap((v) => (v.k === 'seq' && v.open === '' ? v.items : [v]));
}

function text(s: string): Value {
  return { k: 'text', text: s };
}

/** A scalar with its percent / degree / unit flags, or text when it does not parse. */
function scalar(input: string): Value {
  let s = input;
  let percent = false;
  let degree = false;
  let unit: string | null = null;
  const pct = /%|cent$/i.test(s) ? /^(.*?)\s*(?:%|\bpercent\b|\bper cent\b)$/i.exec(s) : null;
  if (pct) {
    s = pct[1]!;
    percent = true;
  }
  // `\cos 60°` keeps its degree sign inside the expression (the parser converts it).
  const deg = /°|degrees?$/i.test(s) && !/sin|cos|tan|cot|sec|csc/.test(s) ? /^(.*?)\s*(?:°|\bdegrees?\b)$/i.exec(s) : null;
  if (deg) {
    s = deg[1]!;
    degree = true;
  }
  const mixed = /^-?\d+\s*(?:\\frac|\d+\s*\/)/.test(s) ? mixedNumber(s) : null;
  if (mixed) return { k: 'scalar', node: mixed, percent, degree, unit };
  let node = parseExpr(s);
  if (!node || freeVars(node).size > 0) {
    const u = UNIT_WORD.exec(s);
    if (u && isUnit(s, u[1]!, u[2]!)) {
      const head = mixedNumber(u[1]!.trim()) ?? parseExpr(u[1]!); // `1\frac{1}{2} cups` is 3/2 cups
      if (head && freeVars(head).size === 0) {
        node = head;
        unit = u[2]!.trim();
        const innerDeg = /^degrees?$/i.test(unit);
        if (innerDeg) [degree, unit] = [true, null];
        // `1.5 million`, `100 thousand dollars`: a scale word multiplies, it is not a unit.
        const scale = unit ? /^(hundred|thousand|million|billion|trillion|dozen)s?\b\s*(.*)$/i.exec(unit) : null;
        if (scale) {
          const factor = SCALE_WORDS[scale[1]!.toLowerCase()]!;
          node = { t: 'mul', a: node, b: { t: 'num', v: { n: factor, d: 1n }, approx: false, text: String(factor) } };
          unit = scale[2]! || null;
        }
      }
    }
  }
  if (!node) {
    const n = numberWord(s);
    if (n !== null) node = { t: 'num', v: { n: BigInt(n), d: 1n }, approx: false, text: String(n) };
  }
  if (!node) return text(input);
  return { k: 'scalar', node, percent, degree, unit };
}

/** `2\frac{1}{2}` and `2 1/2` are mixed numbers (5/2), not products. */
function mixedNumber(s: string): Node | null {
  const m = /^(-?)(\d+)\s*\\frac\s*\{?\s*(\d+)\s*\}?\s*\{?\s*(\d+)\s*\}?$/.exec(s) ?? /^(-?)(\d+)\s+(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (!m) return null;
  const [whole, n, d] = [BigInt(m[2]!), BigInt(m[3]!), BigInt(m[4]!)];
  if (d === 0n || n >= d) return null;
  const total = whole * d + n;
  const node: Node = { t: 'div', a: { t: 'num', v: { n: total, d: 1n }, approx: false, text: String(total) }, b: { t: 'num', v: { n: d, d: 1n }, approx: false, text: String(d) } };
  return m[1] === '-' ? { t: 'neg', a: node } : node;
}

const KIND_NAMES: Record<Exclude<Value['k'], 'seq'>, string> = {
  scalar: 'a single value',
  interval: 'an interval',
  union: 'a union of intervals',
  matrix: 'a matrix',
  eq: 'a value named by an equation',
  equation: 'an equation',
  alt: 'a choice of values',
  order: 'an order',
  ratio: 'a ratio',
  bool: 'a yes or no',
  text: 'a word answer',
};

/** A value's kind as a reader would name it, article included, for reasons ("a set", "an interval"). */
export function describe(v: Value): string {
  if (v.k === 'seq') return v.open === '{' ? 'a set' : v.open === '(' ? 'a tuple' : 'a list';
  return KIND_NAMES[v.k];
}

/** "A set against an interval.": two kinds that no rule compares. */
export function kindsDiffer(p: Value, g: Value): string {
  const first = describe(p);
  return `${first[0]!.toUpperCase()}${first.slice(1)} against ${describe(g)}.`;
}

/**
 * "x = 0, x = 2, or x = -2": the items of a series before its ", or" are alternatives too, not a system
 * of two equations beside a third. Only when the items are alike (plain values, or one unknown each
 * time): "x = 1, y = 2 or x = 3, y = 4" offers two systems.
 */
function serialOr(parts: string[]): string[] {
  // "2, 3 or 5" lists as "2, 3, or 5" does: the comma before "or" may be left out — not between conditions,
  // where a comma joins them ("x > 1, x < 2 or x > 3" is (1, 2) ∪ (3, ∞)).
  if (parts.length !== 2 || !/,/.test(parts[0]!) || (!/,\s*$/.test(parts[0]!) && /[<>≤≥≠]|\\(?:le|ge|lt|gt|neq?|leq|geq)(?![A-Za-z])/.test(parts.join(' ')))) return parts;
  const items = [...splitTop(parts[0]!.replace(/,\s*$/, ''), /,/), parts[1]!].map((p) => p.trim());
  const names = new Set(items.map((i) => (i.includes('=') ? i.slice(0, i.indexOf('=')).trim() : '')));
  return items.length > 2 && names.size === 1 && items.every((i) => i !== '') ? items : parts;
}
