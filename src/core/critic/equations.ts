/** Policy `equations`: named values (`x = 3`), equations (`x^2 + y^2 = 1`) and systems. */
import type { Node } from './ast';
import { freeVars, sameTree, substitute } from './ast';
import { no, undecided, yes, type Outcome } from './outcome';
import { GREEK } from './names';
import { askedPart } from './question';
import { sameCurve } from './curves';
import { compareNodes, proportional } from './scalar';
import type { Value } from './value';

export type NamedValue = Extract<Value, { k: 'eq' }>;

/** `a+b = 5` back to an equation when it meets another equation; the value itself when it cannot be. */
export function asEquation(v: NamedValue): Value {
  const rhs = v.rhsNode ?? (v.rhs.k === 'scalar' ? (v.rhs.degree ? radians(v.rhs.node) : v.rhs.node) : null);
  // The parser reads `\alpha` as the symbol `alpha`: without the backslash, `\alpha = 30` is the unknown of `2\alpha = 60`.
  const lhs = v.lhs ?? (simpleName(v.name) ? ({ t: 'sym', name: v.name.replace(/^\\/, '') } as Node) : null);
  return lhs && rhs ? { k: 'equation', lhs, rhs } : v;
}

// `x = 30°` is x = π/6 as an equation, as the parser reads `2x = 60^\circ` (60π/180): the degree flag of a value would be lost.
const radians = (deg: Node): Node => ({ t: 'div', a: { t: 'mul', a: deg, b: { t: 'sym', name: 'pi' } }, b: { t: 'num', v: { n: 180n, d: 1n }, approx: false, text: '180' } });

/** A list that holds at least one named value (`x = 1, y = 2`). */
export function isSystem(v: Value): boolean {
  return v.k === 'seq' && v.items.some((x) => x.k === 'eq');
}

const FN_NAME = /^[A-Za-z]\([^()]*\)$/;

/** A lone variable name: `x`, `a_1`, `\alpha`. */
export function simpleName(name: string): boolean {
  return /^[A-Za-z](?:_[A-Za-z0-9]+)?$|^\\[A-Za-z]+$/.test(name);
}

/** Two names that both label a single unknown (or both a function value) but differ: `x = 5` vs `y = 5`. */
export function differentUnknowns(a: string, b: string): boolean {
  if (ANGLE.test(a) || ANGLE.test(b)) return differentAngles(a, b);
  return a !== b && ((simpleName(a) && simpleName(b)) || (FN_NAME.test(a) && FN_NAME.test(b)));
}

// `\angle C` (normalised `angleC`) and `C` name the same angle of a triangle; `\angle ABC` is the angle at B.
const ANGLE = /^angle[A-Za-z]{1,3}$/;

/** `\angle A = 60°` when the question asks for `\angle C`: the answer names another angle than every one the question asks for. */
export function asksForOtherAngle(question: string, name: string): boolean {
  // `A = \frac{\pi}{3}` for "what is the value of $\angle C$": a lone capital names the angle at that vertex.
  if (/^[A-Z]$/.test(name)) name = `angle${name}`;
  if (!ANGLE.test(name)) return false;
  const asked = [...(askedPart(question) ?? '').matchAll(/\\(?:measured)?angle\s*\{?\s*([A-Za-z]{1,3})(?![A-Za-z])/g)].map((m) => `angle${m[1]}`);
  return asked.length > 0 && asked.every((a) => differentAngles(a, name));
}

function differentAngles(a: string, b: string): boolean {
  const [ka, kb] = [a.replace(/^angle/, ''), b.replace(/^angle/, '')];
  if (!/^[A-Za-z]{1,3}$/.test(ka) || !/^[A-Za-z]{1,3}$/.test(kb)) return false;
  const vertex = (k: string) => (k.length === 3 ? k[1]! : k);
  // `\angle ABC` = `\angle CBA`; against a one-letter name, the vertex counts.
  if (ka.length === 3 && kb.length === 3) return ka !== kb && ka !== [...kb].reverse().join('');
  return ka.length === kb.length || ka.length === 2 || kb.length === 2 ? ka !== kb : vertex(ka) !== vertex(kb);
}

/**
 * The left side of `lhs = value` names one quantity (`x`, `a_1`, `f(2)`, `\sin\theta`, `|z|`, a
 * segment `AB`) rather than relating several (`2a + b`, `x^2 + y`, `xy`).
 */
export function namesOneQuantity(lhs: Node): boolean {
  if (lhs.t === 'sym') return true;
  // `AB`, `ABC`, `F_1F_2`: capital letters side by side (points, numbered or not) name a segment, an angle or a figure.
  const capitals = (n: Node): boolean => (n.t === 'sym' ? /^[A-Z](?:_\d+)?$/.test(n.name) : n.t === 'mul' && capitals(n.a) && capitals(n.b));
  // `|F_1F_2|`: the length of such a segment.
  if (lhs.t === 'fn') return lhs.args.every((a) => a.t === 'sym' || a.t === 'num') || (lhs.name === 'abs' && capitals(lhs.args[0]!));
  return capitals(lhs);
}

/** Equations compare by their difference `lhs − rhs`, up to a non-zero factor. */
export function compareEquations(p: Value, g: Value): Outcome {
  if (p.k !== 'equation' || g.k !== 'equation') return no('structure', 'An equation against a value.');
  const dp: Node = { t: 'sub', a: p.lhs, b: p.rhs };
  const dg: Node = { t: 'sub', a: g.lhs, b: g.rhs };
  if (freeVars(dp).size === 0 || freeVars(dg).size === 0) return undecided('An equation without unknowns.');
  const direct = compareNodes(dp, dg);
  if (direct.equal) return { ...direct, reason: `The equations are the same: ${direct.reason}` };
  const flipped = compareNodes(dp, { t: 'neg', a: dg });
  if (flipped.equal) return { ...flipped, reason: `The equations are the same: ${flipped.reason}` };
  // `\frac{dM}{dt} = 1.43\times10^{7}\frac{L_\odot}{c^2M_\odot^6}M^6` for `… = \frac{10^5 L_\odot}{0.007c^2M_\odot^6}M^6`: the
  // same left side, and a right side that is the reference's with its coefficient rounded (policy `decimals`).
  const rhs = sameTree(p.lhs, g.lhs) ? compareNodes(p.rhs, g.rhs) : null;
  if (rhs?.equal === true) return { ...rhs, reason: `The same left side; the right sides: ${rhs.reason}` };
  const scaled = proportional(dp, dg);
  const check = [{ a: dp, b: dg, mode: 'proportional' as const }];
  if (scaled === true) return yes('numeric', 'The equations are the same up to a constant factor.', check);
  const solved = sameWhenSolved(dp, dg);
  if (solved) return solved;
  const curve = sameCurve(dp, dg, solveLinear);
  if (curve) return curve;
  if (scaled === false) return no('numeric', 'The equations describe different relations.', check);
  return undecided('The equations may differ by a factor; a symbolic check is needed.', check);
}

const ZERO: Node = { t: 'num', v: { n: 0n, d: 1n }, approx: false, text: '0' };
const ONE: Node = { t: 'num', v: { n: 1n, d: 1n }, approx: false, text: '1' };

/**
 * `\frac{dv}{dt} = \frac{f - bv}{m}` and `m\frac{dv}{dt} + bv = f`: the same equation when solving both
 * for an unknown they share, in which both are linear, gives the same expression (the factor
 * between them, here `m`, may involve the other unknowns).
 */
function sameWhenSolved(dp: Node, dg: Node): Outcome | null {
  const other = freeVars(dg);
  for (const v of freeVars(dp)) {
    if (!other.has(v)) continue;
    const a = solveLinear(dp, v);
    const b = a && solveLinear(dg, v);
    if (!a || !b) continue;
    const out = compareNodes(a, b);
    if (out.equal === true) return yes(out.method, `Both equations solved for ${v} give the same expression.`, [{ a, b, mode: 'equal' }]);
  }
  return null;
}

/** `-E(0) / (E(1) − E(0))`: the root of `E = 0` in `v` when E is linear in v; null when it is not. */
export function solveLinear(e: Node, v: string): Node | null {
  const e0 = substitute(e, v, ZERO);
  const slope: Node = { t: 'sub', a: substitute(e, v, ONE), b: e0 };
  const line: Node = { t: 'add', a: e0, b: { t: 'mul', a: { t: 'sym', name: v }, b: slope } };
  if (compareNodes(e, line).equal !== true) return null;
  return { t: 'neg', a: { t: 'div', a: e0, b: slope } };
}

/** Ratios `a_1 : … : a_n` and `b_1 : … : b_n` are equal when `a_i · b_1 = b_i · a_1` for every term. */
export function compareRatios(p: Value, g: Value): Outcome {
  if (p.k !== 'ratio' || g.k !== 'ratio') return no('structure', 'A ratio of several terms against something else.');
  if (p.terms.length !== g.terms.length) return no('structure', `A ratio of ${p.terms.length} terms against one of ${g.terms.length}.`);
  const [a0, b0] = [p.terms[0]!, g.terms[0]!];
  for (let i = 1; i < p.terms.length; i++) {
    const out = compareNodes({ t: 'mul', a: p.terms[i]!, b: b0 }, { t: 'mul', a: g.terms[i]!, b: a0 });
    if (out.equal !== true) return out.equal === false ? no(out.method, `Term ${i + 1} of the ratio differs.`) : out;
  }
  return yes('exact', `The same ratio of ${p.terms.length} terms.`);
}

// `f(t)`, `f'(t)`, `f^{-1}(t)`, `a_k`: a function or a sequence, and its one argument, a letter.
const APPLIED = /^(.+?)\(([A-Za-z])\)$|^([A-Za-z])_([A-Za-z])$/;

/**
 * `f(t) = t^2 - 2t` for `f(x) = x^2 - 2x`, `a_k = 3k - 1` for `a_n = 3n - 1`: the same function or
 * sequence with its argument, a bound variable, named differently. The answer's right side with its
 * argument renamed to the one `name` uses; null unless both name the same function of one letter, each
 * side uses its letter and neither uses the other's (in `f(t) = t + x` against `f(x) = 2x`, x is a parameter).
 */
export function renamedArgument(x: NamedValue, name: string, other: Node): Node | null {
  const [a, b] = [APPLIED.exec(x.name), APPLIED.exec(name)];
  if (!a || !b || x.rhs.k !== 'scalar') return null;
  const [head, from, to] = [a[1] ?? a[3], a[2] ?? a[4], b[2] ?? b[4]];
  if (head !== (b[1] ?? b[3]) || from === to) return null;
  // Each side a function of its own letter (`P(A) = 0.3` and `P(B) = 0.3` are two events, not one function).
  const [mine, theirs] = [freeVars(x.rhs.node), freeVars(other)];
  if (!mine.has(from!) || !theirs.has(to!) || mine.has(to!) || theirs.has(from!)) return null;
  return substitute(x.rhs.node, from!, { t: 'sym', name: to! });
}

/**
 * The name the question gives the answer's function or sequence, with the argument it uses there:
 * "find the expression of $f(x)$" for an answer `f(t) = …` is `f(x)`, "find $a_n$" for `a_k = …` is
 * `a_n`; null unless the question applies it to exactly one other letter.
 */
export function askedApplication(question: string, name: string): string | null {
  const a = APPLIED.exec(name);
  if (!a) return null;
  const head = (a[1] ?? a[3])!.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const applied = a[1] !== undefined ? `${head}\\s*\\(\\s*([A-Za-z])\\s*\\)` : `${head}_\\{?([A-Za-z])\\}?(?![A-Za-z])`;
  const letters = new Set([...question.matchAll(new RegExp(`(?<![A-Za-z\\\\])${applied}`, 'g'))].map((m) => m[1]!));
  letters.delete((a[2] ?? a[4])!);
  if (letters.size !== 1) return null;
  const to = [...letters][0]!;
  return a[1] !== undefined ? `${a[1]}(${to})` : `${a[3]}_${to}`;
}

// `\theta(t)`, `f(t)`, `v_o(t)`, `\ddot{\theta}(t)`: an unknown function of time written with its argument.
// `x'(t)`, `x^{\prime}(t)`: a derivative in primes, its argument written too (the primes stay with the name).
const TIME_ARGUMENT = /(\\(?:dot|ddot)\s*\{[^{}]*\}(?:_\{?[A-Za-z0-9]+\}?)?|\\([A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?|(?<![A-Za-z\\])[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?(?:'+|\^\s*\{\s*\\prime\s*\})?)\s*\(\s*t\s*\)/g;
// The `dt` of a derivative written `\frac{dx}{dt}` (or `{dt^2}`) is no use of t as a variable.
const LEIBNIZ_DT = /\{\s*d\s*t\s*(?:\^\s*\{?\s*\d\s*\}?\s*)?\}/g;
const USES_T_ANYWHERE = /(?<![A-Za-z\\])t(?![A-Za-z])/;
const usesT = (s: string) => USES_T_ANYWHERE.test(s.replace(LEIBNIZ_DT, '{}'));
const DIFFERENTIATED = /\\frac\s*\{\s*d\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)|\\d?dot\s*\{\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*\}/g;
const FUNCTION_WORD = /^(?:exp|ln|lg|log|sin|cos|tan|cot|sec|csc|sinh|cosh|tanh)$/;

/** `kx(t)` once `x(t)` is written as a function of time elsewhere: the name after a coefficient's letters, its argument dropped. */
function afterCoefficients(s: string, names: Set<string>): string {
  let out = s;
  for (const name of names) {
    const escaped = name.replace(/[\\^${}()|[\]*+?.]/g, '\\$&');
    const after = new RegExp(String.raw`(?<![A-Za-z\\])([A-Za-z]+)(${escaped}(?:'+)?)\s*\(\s*t\s*\)`, 'g');
    out = out.replace(after, (m, run: string, written: string) => (FUNCTION_WORD.test(run + name) ? m : run + written));
  }
  return out;
}

/**
 * `m l \ddot{\theta}(t) - m g \sin\theta(t) = f(t)\cos\theta(t)` against `ml\ddot{\theta} = mg\sin\theta + f\cos\theta`:
 * an equation of motion that writes its unknown functions with their argument `(t)` is the same as one
 * that leaves it out, when the other never writes `t` and the argument is the only `t` it writes.
 * Both equations with the arguments dropped from the one that writes them; unchanged otherwise.
 */
export function withoutTimeArguments(a: string, b: string): [string, string] {
  if (!a.includes('=') || !b.includes('=')) return [a, b];
  const strip = (s: string) => {
    // The unknown functions: written with `(t)` where no coefficient precedes, or differentiated (`\frac{dx}{dt}`, `\dot{x}`).
    const written = [...s.matchAll(TIME_ARGUMENT)].map((m) => m[1]!).filter((n) => /^[A-Za-z]/.test(n));
    const derived = [...s.matchAll(DIFFERENTIATED)].map((m) => (m[1] ?? m[2])!);
    const plain = new Set([...written, ...derived].map((n) => n.replace(/(?:'+|\^\s*\{\s*\\prime\s*\})$/, '')));
    return afterCoefficients(s.replace(TIME_ARGUMENT, (m, name: string, command?: string) => (command !== undefined && !GREEK.has(command) ? m : name)), plain);
  };
  const [sa, sb] = [strip(a), strip(b)];
  if (sb !== b && sa === a && !usesT(a) && !usesT(sb)) return [a, sb];
  if (sa !== a && sb === b && !usesT(b) && !usesT(sa)) return [sa, b];
  // `… + f(t)\cos\theta` against `… = f(t)\cos\theta(t)`: both write some arguments, and those are all the `t` either writes.
  if (sa !== a && sb !== b && !usesT(sa) && !usesT(sb)) return [sa, sb];
  return [a, b];
}
