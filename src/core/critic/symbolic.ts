/**
 * The symbolic stage: sympy in the Python sandbox, reached through the PythonRunner port.
 * The program is a fixed template; the two expressions travel as JSON data inside a string
 * literal and are parsed by sympy's `parse_expr` with a whitelist of names (no builtins), so an
 * answer can never become code. Each check is bounded by the runner's `timeoutMs`.
 */
import type { PythonRunner } from '../ports/python-runner';

/** Port: decides whether two sympy-syntax expressions are equal (null = cannot tell / timed out). */
export interface SymbolicChecker {
  check(pairs: SymbolicPair[], options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<(boolean | null)[]>;
}

/** Two expressions in sympy syntax (see `toSympy`) and how to compare them. */
export interface SymbolicPair {
  a: string;
  b: string;
  /**
   * `equal`: a − b simplifies to 0. `proportional`: a / b is a non-zero constant (equations). `positive`: equal when
   * the named constants (`r_0`) are positive. `all-positive`: equal when every variable is (the question says so).
   */
  mode: 'equal' | 'proportional' | 'positive' | 'all-positive';
}

/** Default bound for one batch of checks. */
export const SYMBOLIC_TIMEOUT_MS = 3000;

const TEMPLATE = `
import json as _json
from sympy import (Integer, Rational, Symbol, Function, pi, E, I, oo, sqrt, root, real_root, sin, cos, tan, cot, sec, csc,
    asin, acos, atan, sinh, cosh, tanh, exp, log, Abs, factorial, binomial, floor, ceiling, simplify, nsimplify)
from sympy.parsing.sympy_parser import parse_expr as _parse
from sympy.core.random import seed as _seed
_NAMES = {n: v for n, v in dict(Integer=Integer, Rational=Rational, Symbol=Symbol, Function=Function, pi=pi, E=E, I=I, oo=oo,
    sqrt=sqrt, root=root, real_root=real_root, sin=sin, cos=cos, tan=tan, cot=cot, sec=sec, csc=csc, asin=asin, acos=acos, atan=atan,
    sinh=sinh, cosh=cosh, tanh=tanh, exp=exp, log=log, Abs=Abs, factorial=factorial, binomial=binomial,
    floor=floor, ceiling=ceiling).items()}
def _read(text):
    return _parse(text, local_dict=dict(_NAMES), global_dict={"__builtins__": {}}, evaluate=True)
def _check(pair):
    # Expr.equals tests random points: a fixed seed per pair gives one verdict for a pair, whatever ran before it.
    _seed(0)
    try:
        a, b = _read(pair["a"]), _read(pair["b"])
        if pair["mode"] == "proportional":
            q = simplify(a / b)
            if q.free_symbols:
                return False
            return bool(q != 0 and q.is_finite)
        if pair["mode"] in ("positive", "all-positive"):
            every = pair["mode"] == "all-positive"
            pos = {s: Symbol(s.name, positive=True) for s in (a.free_symbols | b.free_symbols) if every or "_" in s.name}
            a, b = a.subs(pos), b.subs(pos)
        d = simplify(a - b)
        if d == 0:
            # Two non-literal expressions that both vanish identically are a parse artefact, not evidence.
            if a != 0 and b != 0 and simplify(a) == 0 and simplify(b) == 0:
                return None
            return True
        same = d.equals(0)
        return None if same is None else bool(same)
    except Exception:
        return None
print(_json.dumps([_check(p) for p in _json.loads(__DATA__)]))
`;

/** Builds the cell for a batch: the template with the pairs as a JSON string literal. */
export function symbolicProgram(pairs: SymbolicPair[]): string {
  // JSON.stringify twice: the inner call makes the data, the outer a valid Python string literal.
  const literal = JSON.stringify(JSON.stringify(pairs));
  return TEMPLATE.replace('__DATA__', () => literal);
}

/** A SymbolicChecker over any PythonRunner (Pyodide in a worker, or the Node runner). */
export function createSympyChecker(runner: PythonRunner, options: { session?: string; timeoutMs?: number } = {}): SymbolicChecker {
  const session = options.session ?? 'critic-sympy';
  return {
    async check(pairs, opts = {}) {
      if (pairs.length === 0) return [];
      const result = await runner.run(symbolicProgram(pairs), {
        session,
        timeoutMs: opts.timeoutMs ?? options.timeoutMs ?? SYMBOLIC_TIMEOUT_MS,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      if (result.error) return pairs.map(() => null);
      const line = result.stdout.trim().split('\n').pop() ?? '';
      try {
        const parsed = JSON.parse(line) as unknown;
        if (Array.isArray(parsed) && parsed.length === pairs.length) return parsed.map((v) => (typeof v === 'boolean' ? v : null));
      } catch {
        // fall through: unreadable output counts as undecided
      }
      return pairs.map(() => null);
    },
  };
}
