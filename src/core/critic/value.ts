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
import { UNIT_WORD, isUnit } from './units';
import { numberWord } from './text';

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
  | { k: 'interval'; lo: Node; hi: Node; loClosed: boolean; hiClosed: boolean }
  | { k: 'union'; parts: Value[] }
  | { k: 'matrix'; rows: Value[][] }
  /** `name = value` (also `name: value` from a Python dict); `lhs` when the left side is an expression. */
  | { k: 'eq'; name: string; rhs: Value; lhs?: Node; rhsNode?: Node }
  /** An equation whose left side is not a lone name, e.g. `x^2 + y^2 = 1`. */
  | { k: 'equation'; lhs: Node; rhs: Node }
  /** Alternatives joined by "or": a hedge unless the reference itself lists several values. */
  | { k: 'alt'; items: Value[] }
  | { k: 'bool'; value: boolean }
  | { k: 'text'; text: string };

const MAX_DEPTH = 8;
const SCALE_WORDS: Record<string, bigint> = { hundred: 100n, thousand: 1000n, million: 10n ** 6n, billion: 10n ** 9n, trillion: 10n ** 12n, dozen: 12n };

/** Parses a normalised answer into a Value (text when nothing mathematical fits). */
export function parseValue(input: string, depth = 0): Value {
  let s = rewriteProgramForms(input.trim());
  if (depth > MAX_DEPTH) return text(s);
  if (/^(?:≈|~|appro|about|roughly)/i.test(s)) s = s.replace(/^(?:≈|~|approximately|approx\.?|about|roughly)\s*/i, '').trim();
  if (/^(?:true|yes)$/i.test(s)) return { k: 'bool', value: true };
  if (/^(?:false|no)$/i.test(s)) return { k: 'bool', value: false };

  // A clock time (`1:58 am`, `13:05`) is a word-like answer, not a ratio.
  const time = /^(\d{1,2}):(\d{2})\s*(?:([ap])\.?\s*m\.?)?$/i.exec(s);
  if (time) return text(`${Number(time[1])}:${time[2]}${time[3] ? ' ' + time[3].toLowerCase() + 'm' : ''}`);
  if (/^(?:\\mathbb\s*\{?R\}?|ℝ|all real numbers|\\mathbf\{R\}|x\s*\\in\s*\\mathbb\s*\{?R\}?)$/i.test(s)) {
    return { k: 'interval', lo: { t: 'neg', a: { t: 'sym', name: 'oo' } }, hi: { t: 'sym', name: 'oo' }, loClosed: false, hiClosed: false };
  }
  if (/^(?:\\emptyset|\\varnothing|∅|\\\{\s*\\\}|\{\s*\}|\\o)$/.test(s)) return { k: 'seq', open: '{', items: [] };
  const matrix = s.includes('[') || s.includes('\\begin') ? readMatrix(s) : null;
  if (matrix) return { k: 'matrix', rows: matrix.map((row) => row.map((cell) => parseValue(cell, depth + 1))) };

  const unionParts = /\\cup|∪|\bU\b/.test(s) ? splitTop(s, /\\cup|∪|\bU\b/) : [s];
  if (unionParts.length > 1) return { k: 'union', parts: unionParts.map((p) => parseValue(p, depth + 1)) };

  const orParts = /\bor\b|\\vee/.test(s) ? splitTop(s, /\s+or\s+|\\text\{\s*or\s*\}|\\vee/) : [s];
  if (orParts.length > 1) return { k: 'alt', items: orParts.map((p) => parseValue(p, depth + 1)) };

  const andParts = /\band\b|;/.test(s) ? splitTop(s, /\s+and\s+|,\s*and\s+|;/) : [s];
  if (andParts.length > 1) {
    const items = andParts.map((p) => parseValue(p, depth + 1));
    // `x > 2 and x < 5` is one interval: the intersection.
    if (items.length === 2 && items.every((v) => v.k === 'interval') && /\band\b/.test(s)) return intersect(items[0] as Interval, items[1] as Interval) ?? text(s);
    return { k: 'seq', open: '', items: flattenBare(items) };
  }

  const commaParts = s.includes(',') ? splitTop(s, /,/) : [s];
  if (commaParts.length > 1) return { k: 'seq', open: '', items: commaParts.map((p) => parseValue(p, depth + 1)) };

  const box = enclosed(s);
  if (box) {
    const items = splitTop(box.inner, /,/);
    if (box.open === '\\{') {
      const builder = /^([A-Za-z])\s*(?:\||:)\s*(.+)$/.exec(box.inner);
      // {x | -2 ≤ x < 1}: the condition must be about the named variable.
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

  // A labelled point `P(1, 2)` is the point `(1, 2)`.
  const point = /^[A-Z]\s*(\([^()]*,[^()]*\))$/.exec(s);
  if (point) return parseValue(point[1]!, depth + 1);
  const rel = relation(s, depth);
  if (rel) return rel;
  return scalar(s);
}

type Interval = Extract<Value, { k: 'interval' }>;

/** The intersection of two intervals whose ends evaluate to real numbers; null when empty or unknown. */
function intersect(a: Interval, b: Interval): Interval | null {
  const val = (n: Node) => approx(n).re;
  const [alo, blo, ahi, bhi] = [val(a.lo), val(b.lo), val(a.hi), val(b.hi)];
  if ([alo, blo, ahi, bhi].some(Number.isNaN)) return null;
  const lo = alo > blo || (alo === blo && !a.loClosed) ? { n: a.lo, c: a.loClosed } : { n: b.lo, c: b.loClosed };
  const hi = ahi < bhi || (ahi === bhi && !a.hiClosed) ? { n: a.hi, c: a.hiClosed } : { n: b.hi, c: b.hiClosed };
  if (val(lo.n) >= val(hi.n)) return null;
  return { k: 'interval', lo: lo.n, hi: hi.n, loClosed: lo.c, hiClosed: hi.c };
}

function flattenBare(items: Value[]): Value[] {
  return items.flatMap((v) => (v.k === 'seq' && v.open === '' ? v.items : [v]));
}

function text(s: string): Value {
  return { k: 'text', text: s };
}

const NAME = /^\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?|\\[A-Za-z]+)\s*$/;

/** `x = 3`, `x ≈ 1.41`, `y: -2`, `x \in [1, 2]`, and one-variable inequalities as intervals. */
function relation(s: string, depth: number): Value | null {
  const inMatch = s.includes('\\in') ? /^\s*[A-Za-z]\s*\\in\s+(.+)$/.exec(s) : null;
  if (inMatch) return parseValue(inMatch[1]!, depth + 1);
  if (s.includes('≈')) {
    // `20/3 ≈ 6.67` and `x = 20/3 ≈ 6.67`: the approximation only annotates the exact value.
    const approxParts = splitTop(s, /≈/);
    if (approxParts.length > 1) {
      const head = approxParts[0]!;
      if (NAME.test(head)) s = `${head} = ${approxParts[1]}`;
      else if (head.length > 0) return parseValue(head, depth + 1);
    }
  }
  const eqParts = /[=:]/.test(s) ? splitTop(s, /=|:(?!=)/) : [s];
  if (eqParts.length > 1) {
    const lhsText = eqParts[0]!;
    const rhsText = eqParts[eqParts.length - 1]!;
    const name = NAME.exec(lhsText);
    const fnName = /^\s*([A-Za-z])\s*\(\s*[A-Za-z0-9]+\s*\)\s*$/.exec(lhsText); // f(x) = …, f(2) = …
    if (name) return { k: 'eq', name: name[1]!.replace(/[{}]/g, ''), rhs: parseValue(rhsText, depth + 1) };
    // `(x, y) = (2, 3)`: the names only label the tuple.
    if (/^\s*\(\s*[A-Za-z](?:_\d)?(?:\s*,\s*[A-Za-z](?:_\d)?)+\s*\)\s*$/.test(lhsText) && eqParts.length === 2) return parseValue(rhsText, depth + 1);
    if (fnName) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parseValue(rhsText, depth + 1) };
    if (eqParts.length === 2) {
      const lhs = parseExpr(lhsText);
      const rhs = parseExpr(rhsText);
      // `3:2` is a ratio: the value 3/2.
      if (lhs && rhs && !s.includes('=') && freeVars(lhs).size === 0 && freeVars(rhs).size === 0) return { k: 'scalar', node: { t: 'div', a: lhs, b: rhs }, percent: false, degree: false, unit: null };
      if (lhs && rhs) {
        // `a+b+c = 6/5`: a constant right side after an expression in the question's unknowns.
        if (freeVars(rhs).size === 0 && freeVars(lhs).size > 0) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parseValue(rhsText, depth + 1), lhs, rhsNode: rhs };
        return { k: 'equation', lhs, rhs };
      }
    }
    return null;
  }
  return inequality(s);
}

/** `a < x ≤ b`, `x > 2`, `x ≥ -1` as intervals; anything else is left alone. */
function inequality(s: string): Value | null {
  if (!/[<>≤≥]/.test(s)) return null;
  const parts = s.split(/(≤|≥|<|>)/).map((p) => p.trim());
  if (parts.length !== 3 && parts.length !== 5) return null;
  const ops = parts.filter((_p, i) => i % 2 === 1);
  const terms = parts.filter((_p, i) => i % 2 === 0);
  const varIndex = terms.findIndex((t) => /^[A-Za-z]$/.test(t));
  if (varIndex < 0) return null;
  const inf: Node = { t: 'sym', name: 'oo' };
  const ninf: Node = { t: 'neg', a: inf };
  const bound = (t: string): Node | null => parseExpr(t);
  if (parts.length === 3) {
    const other = bound(terms[1 - varIndex]!);
    if (!other) return null;
    let op = ops[0]!;
    if (varIndex === 1) op = { '<': '>', '>': '<', '≤': '≥', '≥': '≤' }[op]!;
    if (op === '<' || op === '≤') return { k: 'interval', lo: ninf, hi: other, loClosed: false, hiClosed: op === '≤' };
    return { k: 'interval', lo: other, hi: inf, loClosed: op === '≥', hiClosed: false };
  }
  if (varIndex !== 1) return null;
  const lo = bound(terms[0]!);
  const hi = bound(terms[2]!);
  const up = ops.every((o) => o === '<' || o === '≤');
  const down = ops.every((o) => o === '>' || o === '≥');
  if (!lo || !hi || (!up && !down)) return null;
  if (up) return { k: 'interval', lo, hi, loClosed: ops[0] === '≤', hiClosed: ops[1] === '≤' };
  return { k: 'interval', lo: hi, hi: lo, loClosed: ops[1] === '≥', hiClosed: ops[0] === '≥' };
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
      const head = parseExpr(u[1]!);
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

/** A short name of a value's kind for reasons. */
export function describe(v: Value): string {
  if (v.k === 'seq') return v.open === '{' ? 'set' : v.open === '(' ? 'tuple' : 'list';
  return v.k === 'scalar' ? 'single value' : v.k;
}
