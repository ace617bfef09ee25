/** Expression trees shared by the parser, the evaluators and the sympy printer. */
import type { Rat } from './rational';

/** A parsed scalar expression. */
export type Node =
  /** A literal. `approx` marks a decimal or scientific literal (it may stand for a rounded value). */
  | { t: 'num'; v: Rat; approx: boolean; text: string }
  /** A free variable, or a constant: `pi`, `e`, `i`, `oo`. */
  | { t: 'sym'; name: string }
  | { t: 'add' | 'sub' | 'mul' | 'div' | 'pow'; a: Node; b: Node }
  | { t: 'neg'; a: Node }
  /** `a ± b`: stands for two values. */
  | { t: 'pm'; a: Node; b: Node }
  | { t: 'fn'; name: string; args: Node[] };

export const CONSTANTS = new Set(['pi', 'e', 'i', 'oo']);

/** Free variables of an expression (constants excluded). */
export function freeVars(node: Node, out: Set<string> = new Set()): Set<string> {
  switch (node.t) {
    case 'num':
      break;
    case 'sym':
      if (!CONSTANTS.has(node.name)) out.add(node.name);
      break;
    case 'neg':
      freeVars(node.a, out);
      break;
    case 'fn':
      for (const a of node.args) freeVars(a, out);
      break;
    default:
      freeVars(node.a, out);
      freeVars(node.b, out);
  }
  return out;
}

/** True when `test` holds for the tree or any subtree of it. */
export function someNode(node: Node, test: (n: Node) => boolean): boolean {
  if (test(node)) return true;
  switch (node.t) {
    case 'num':
    case 'sym':
      return false;
    case 'neg':
      return someNode(node.a, test);
    case 'fn':
      return node.args.some((a) => someNode(a, test));
    default:
      return someNode(node.a, test) || someNode(node.b, test);
  }
}

const isDecimal = (n: Node) => n.t === 'num' && n.approx;
const isPm = (n: Node) => n.t === 'pm';

/** True when any literal in the tree is a decimal (the value may be rounded). */
export function hasApprox(node: Node): boolean {
  return someNode(node, isDecimal);
}

/** True when the tree contains a `±`. */
export function hasPm(node: Node): boolean {
  return someNode(node, isPm);
}

/** Replaces every `a ± b` by `a + b` (sign 1) or `a - b` (sign -1). */
export function expandPm(node: Node, sign: 1 | -1): Node {
  switch (node.t) {
    case 'pm':
      return { t: sign > 0 ? 'add' : 'sub', a: expandPm(node.a, sign), b: expandPm(node.b, sign) };
    case 'num':
    case 'sym':
      return node;
    case 'neg':
      return { t: 'neg', a: expandPm(node.a, sign) };
    case 'fn':
      return { t: 'fn', name: node.name, args: node.args.map((a) => expandPm(a, sign)) };
    default:
      return { t: node.t, a: expandPm(node.a, sign), b: expandPm(node.b, sign) };
  }
}

/** Python/sympy text for an expression; every literal exact (`Rational(1, 3)`), names as data. */
export function toSympy(node: Node): string {
  switch (node.t) {
    case 'num':
      return node.v.d === 1n ? `Integer(${node.v.n})` : `Rational(${node.v.n}, ${node.v.d})`;
    case 'sym':
      return node.name === 'pi' ? 'pi' : node.name === 'e' ? 'E' : node.name === 'i' ? 'I' : node.name === 'oo' ? 'oo' : `Symbol(${JSON.stringify(node.name)})`;
    case 'neg':
      return `(-(${toSympy(node.a)}))`;
    case 'pm':
      return `(${toSympy(node.a)})`; // callers expand ± first; this keeps the printer total
    case 'fn':
      if (node.name === 'log10') return `log(${toSympy(node.args[0]!)}, 10)`;
      // ∛(−8) = −2 as people mean it (and as the float evaluator does), not sympy's principal root (so no SYMPY_FN entry).
      if (node.name === 'root') return `real_root(${toSympy(node.args[0]!)}, ${toSympy(node.args[1]!)})`;
      return `${SYMPY_FN[node.name] ?? 'Function(' + JSON.stringify(node.name) + ')'}(${node.args.map(toSympy).join(', ')})`;
    default: {
      const op = { add: '+', sub: '-', mul: '*', div: '/', pow: '**' }[node.t];
      return `((${toSympy(node.a)}) ${op} (${toSympy(node.b)}))`;
    }
  }
}

const SYMPY_FN: Record<string, string> = {
  sqrt: 'sqrt', sin: 'sin', cos: 'cos', tan: 'tan', cot: 'cot', sec: 'sec', csc: 'csc',
  asin: 'asin', acos: 'acos', atan: 'atan', sinh: 'sinh', cosh: 'cosh', tanh: 'tanh',
  exp: 'exp', ln: 'log', log: 'log', abs: 'Abs', fact: 'factorial', binom: 'binomial', floor: 'floor', ceil: 'ceiling',
};

/** Structural equality of two trees (literals by value), without building strings. */
export function sameTree(a: Node, b: Node): boolean {
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'num':
      return a.v.n === (b as typeof a).v.n && a.v.d === (b as typeof a).v.d;
    case 'sym':
      return a.name === (b as typeof a).name;
    case 'neg':
      return sameTree(a.a, (b as typeof a).a);
    case 'fn': {
      const f = b as typeof a;
      return a.name === f.name && a.args.length === f.args.length && a.args.every((x, i) => sameTree(x, f.args[i]!));
    }
    default: {
      const o = b as typeof a;
      return sameTree(a.a, o.a) && sameTree(a.b, o.b);
    }
  }
}

/** A canonical string used to spot identical trees quickly. */
export function key(node: Node): string {
  switch (node.t) {
    case 'num':
      return `${node.v.n}/${node.v.d}`;
    case 'sym':
      return node.name;
    case 'neg':
      return `-(${key(node.a)})`;
    case 'fn':
      return `${node.name}(${node.args.map(key).join(',')})`;
    default:
      return `(${key(node.a)} ${node.t} ${key(node.b)})`;
  }
}

/** The tree with every occurrence of the variable `name` replaced by `value`. */
export function substitute(node: Node, name: string, value: Node): Node {
  switch (node.t) {
    case 'num':
      return node;
    case 'sym':
      return node.name === name ? value : node;
    case 'neg':
      return { t: 'neg', a: substitute(node.a, name, value) };
    case 'fn':
      return { t: 'fn', name: node.name, args: node.args.map((a) => substitute(a, name, value)) };
    default:
      return { t: node.t, a: substitute(node.a, name, value), b: substitute(node.b, name, value) };
  }
}

/**
 * A key that is the same for trees that differ only in the order of terms of a sum or factors of a
 * product (`ba + c` and `c + ab`): sums and products are flattened and their parts sorted.
 */
export function canonicalKey(node: Node): string {
  switch (node.t) {
    case 'add':
    case 'sub':
    case 'neg':
      if (node.t === 'neg' && node.a.t !== 'add' && node.a.t !== 'sub') return `-${canonicalKey(node.a)}`;
      return `(${terms(node, 1).sort().join(' + ')})`;
    case 'mul':
    case 'div':
      return `(${factors(node, 1).sort().join(' ')})`;
    case 'pow':
      return `(${canonicalKey(node.a)})^(${canonicalKey(node.b)})`;
    case 'fn':
      return `${node.name}(${node.args.map(canonicalKey).join(',')})`;
    default:
      return key(node);
  }
}

function terms(node: Node, sign: 1 | -1): string[] {
  if (node.t === 'add') return [...terms(node.a, sign), ...terms(node.b, sign)];
  if (node.t === 'sub') return [...terms(node.a, sign), ...terms(node.b, sign === 1 ? -1 : 1)];
  if (node.t === 'neg') return terms(node.a, sign === 1 ? -1 : 1);
  return [`${sign < 0 ? '-' : '+'}${canonicalKey(node)}`];
}

function factors(node: Node, power: 1 | -1): string[] {
  if (node.t === 'mul') return [...factors(node.a, power), ...factors(node.b, power)];
  if (node.t === 'div') return [...factors(node.a, power), ...factors(node.b, power === 1 ? -1 : 1)];
  return [`${power < 0 ? '/' : '*'}${canonicalKey(node)}`];
}

/** Applications of an unknown function to constants (`y(0)`, `I(0)`): values the tree treats as unknowns. */
export function opaqueValues(node: Node, out: Set<string> = new Set()): Set<string> {
  switch (node.t) {
    case 'num':
    case 'sym':
      return out;
    case 'neg':
      return opaqueValues(node.a, out);
    case 'fn':
      if (node.name.startsWith('apply_') && freeVars(node).size === 0) out.add(key(node));
      for (const a of node.args) opaqueValues(a, out);
      return out;
    default:
      opaqueValues(node.a, out);
      return opaqueValues(node.b, out);
  }
}
