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
import type { Value } from './value';

type Parse = (text: string, depth: number) => Value;

const NAME = /^\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?|\\[A-Za-z]+)\s*$/;
const FN_LHS = /^\s*([A-Za-z])\s*\(\s*[A-Za-z0-9]+\s*\)\s*$/; // f(x) = …, f(2) = …
const TUPLE_OF_NAMES = /^\s*\(\s*[A-Za-z](?:_\d)?(?:\s*,\s*[A-Za-z](?:_\d)?)+\s*\)\s*$/;

function scalarOf(node: Node): Value {
  return { k: 'scalar', node, percent: false, degree: false, unit: null };
}

const constant = (n: Node | null): n is Node => n !== null && freeVars(n).size === 0;

/** `a : b` with constant sides as the value a/b; null otherwise. */
function ratio(text: string): Node | null {
  const parts = splitTop(text, /:(?!=)/);
  if (parts.length !== 2) return null;
  const [a, b] = [parseExpr(parts[0]!), parseExpr(parts[1]!)];
  return constant(a) && constant(b) ? { t: 'div', a, b } : null;
}

/** `x = 3`, `x ≈ 1.41`, `y: -2`, `x \in [1, 2]`, ratios and inequalities; null when `s` is none of them. */
export function relation(input: string, depth: number, parse: Parse): Value | null {
  let s = input;
  const inMatch = s.includes('\\in') ? /^\s*[A-Za-z]\s*\\in(?![A-Za-z])\s*(.+)$/.exec(s) : null;
  if (inMatch) return parse(inMatch[1]!, depth + 1);
  if (s.includes('≈')) {
    // `20/3 ≈ 6.67` and `x = 20/3 ≈ 6.67`: the approximation only annotates the exact value.
    const approxParts = splitTop(s, /≈/);
    if (approxParts.length > 1) {
      const head = approxParts[0]!;
      if (NAME.test(head)) s = `${head} = ${approxParts[1]}`;
      else if (head.length > 0) return parse(head, depth + 1);
    }
  }
  if (s.includes('=')) return equality(s, depth, parse);
  if (s.includes(':')) {
    const parts = splitTop(s, /:(?!=)/);
    if (parts.length !== 2) return null;
    const name = NAME.exec(parts[0]!);
    if (name) return { k: 'eq', name: name[1]!.replace(/[{}]/g, ''), rhs: parse(parts[1]!, depth + 1) };
    if (FN_LHS.test(parts[0]!)) return { k: 'eq', name: parts[0]!.replace(/\s+/g, ''), rhs: parse(parts[1]!, depth + 1) };
    // `3:2` is a ratio: the value 3/2.
    const r = ratio(s);
    return r ? scalarOf(r) : null;
  }
  return inequality(s);
}

/** Everything with an `=`: named values, labelled ratios, computations and equations. */
function equality(s: string, depth: number, parse: Parse): Value | null {
  const parts = splitTop(s, /=/);
  if (parts.length < 2) return null;
  const lhsText = parts[0]!;
  const rhsText = parts[parts.length - 1]!;
  // `S_1 : S_2 = 5 : 9`: the ratio the left side names.
  if (lhsText.includes(':')) {
    const r = ratio(rhsText);
    if (r) return scalarOf(r);
  }
  const name = NAME.exec(lhsText);
  if (name) return { k: 'eq', name: name[1]!.replace(/[{}]/g, ''), rhs: parse(rhsText, depth + 1) };
  // `(x, y) = (2, 3)`: the names only label the tuple.
  if (TUPLE_OF_NAMES.test(lhsText) && parts.length === 2) return parse(rhsText, depth + 1);
  if (FN_LHS.test(lhsText)) return { k: 'eq', name: lhsText.replace(/\s+/g, ''), rhs: parse(rhsText, depth + 1) };
  const nodes = parts.map((p) => parseExpr(p));
  // `12 + 30 = 42`: a computation states its last value.
  if (nodes.every(constant)) return scalarOf(nodes[nodes.length - 1]!);
  if (parts.length !== 2) return null;
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
  if (parts.length !== 3 && parts.length !== 5) return null;
  const ops = parts.filter((_p, i) => i % 2 === 1) as Op[];
  const terms = parts.filter((_p, i) => i % 2 === 0);
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
  if (!a || !b || a.length !== 1 || b.length !== 1) return null;
  return intersect(a[0]!, b[0]!);
}
