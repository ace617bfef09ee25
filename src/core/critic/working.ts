/**
 * Policy `final-answer`: a bare answer that is a line of working, computations separated by commas
 * ("16 - 3 - 4 = 9 eggs, 9 × 2 = 18"), each carrying the previous result on, commits to its last
 * result — it is not a list of answers. Only when every step is a computation on numbers and each
 * step starts from the result before it: "x = 3, y = 4" or "2 + 2 = 4, 3 + 3 = 6" stay lists.
 */
import { splitTop } from './split';

const NUMBER = /-?\d+(?:\.\d+)?/g;
// A computation: numbers joined by an operator before its first `=`.
const COMPUTATION = /^\s*\(?\s*-?\d+(?:\.\d+)?\s*\)?\s*(?:[-+*/÷×]|\\times|\\cdot|\\div)/;

/** The last step of a comma-separated line of working that carries each result on; null otherwise. */
export function carriedWorking(text: string): string | null {
  const steps = splitTop(text, /,/).map((s) => s.trim());
  if (steps.length < 2) return null;
  let carried: string | null = null;
  for (const step of steps) {
    const sides = splitTop(step, /=/);
    if (sides.length < 2 || !COMPUTATION.test(sides[0]!)) return null;
    if (carried !== null && sides[0]!.match(NUMBER)?.[0] !== carried) return null;
    const results = sides[sides.length - 1]!.match(NUMBER);
    if (!results || results.length !== 1) return null;
    carried = results[0]!;
  }
  return steps[steps.length - 1]!;
}

// `x`, `a_7`, `f(x)`, `\theta`: a left side that names the answer (`x = 3` / `4` lists two values), not working.
const NAME_LHS = /^\s*(?:[A-Za-z](?:_\{?\w+\}?)?|\\[A-Za-z]+)\s*$/;
// `(x + 3)^2 = …`, `-1 = 2k + 2`, `2k = -3`: a computation, a number or a multiple of the unknown on the left.
const WORKING_LHS = /^[^=]*[-+*/^()\\][^=]*=/;

/**
 * `(x + 3)^2 = x^2 + 2 \cdot 3 \cdot x + 3^2` then `9 + 6x + x^2`, or `-1 = 2k + 2` / `2k = -3` then
 * `-1.5`: lines of working (equations whose left side is not just a name) then a last line without
 * `=` that is their result; null otherwise (`x = 3` / `y = 4` stays a list of two values).
 */
export function workedLastLine(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const last = lines[lines.length - 1];
  if (lines.length < 2 || last === undefined || !lines.every(balanced)) return null;
  // `(ab + b) + (ab + b)b` / `= ab + ab^2 + b`: a last line that opens with `=` ends the chain the lines above begin.
  // (After a bare name, `y` / `= 2x + 1` is the named equation, read whole.)
  if (/^(?:\$+|\\\[)?\s*=(?!=)/.test(last) && !NAME_LHS.test(lines[lines.length - 2]!.replace(/^\$+|\$+$/g, ''))) return last;
  if (last.includes('=')) return null;
  const working = (l: string) => {
    const line = l.replace(/^\$+|^\\\[/, '');
    return WORKING_LHS.test(line) || (line.includes('=') && !NAME_LHS.test(line.slice(0, line.indexOf('='))));
  };
  return lines.slice(0, -1).every(working) ? last : null;
}

/** Brackets open and close in order on the line (a matrix printed over several lines is not). */
export function balanced(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * One labelled value a line: `x = 3` / `y = 4` names two unknowns, a system, read as `x = 3, y = 4`
 * (policy `structures`: it matches `(3, 4)`, and against one value only the unknown the question
 * asks for counts) — not the chain `x = 3 y = 4`, whose last side 4 would answer "x = 4"; a name
 * given again (`x = 6/2` / `x = 3`) ends on its last line. Null otherwise.
 */
/** `name = value`: one `=` with a name on its left. */
const namesOne = (l: string) => l.split('=').length === 2 && NAME_LHS.test(l.slice(0, l.indexOf('=')));

export function lastNamedLine(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim().replace(/^\$(.*)\$$/, '$1').replace(/[.,;]$/, '')).filter((l) => l.length > 0);
  if (lines.length < 2 || !lines.every(namesOne)) return null;
  const names = lines.map((l) => l.slice(0, l.indexOf('=')).replace(/\s+/g, ''));
  return new Set(names).size === names.length ? lines.join(', ') : lines[lines.length - 1]!;
}

// A name a line of working defines: `MU_S`, `a_7`, `\theta`, up to four letters (`MRS`), not a formula.
const DEF_NAME = /^\s*(?:[A-Za-z]{1,4}|\\[A-Za-z]+)(?:_\{?\w+\}?)?\s*$/;

/**
 * `MU_S = 4/S, MU_C = 6/C` / `MRS = MU_C / MU_S = \frac{6/C}{4/S} = \frac{3S}{2C}`: lines that define
 * names the last line's chain then uses are its working, so the chain (its last side, which uses none
 * of them) is the answer — not a system of three values. Null otherwise (`x = 3` / `y = x + 1` stays a system).
 */
export function definitionsThenChain(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim().replace(/^\$(.*)\$$/, '$1').replace(/[.;]$/, '')).filter((l) => l.length > 0);
  const last = lines[lines.length - 1];
  if (lines.length < 2 || last === undefined || splitTop(last, /=/).length < 3) return null;
  const names: string[] = [];
  for (const line of lines.slice(0, -1)) {
    for (const def of splitTop(line, /,/)) {
      const sides = splitTop(def, /=/);
      if (sides.length !== 2 || !DEF_NAME.test(sides[0]!)) return null;
      names.push(sides[0]!.trim());
    }
  }
  const uses = (s: string, name: string) => new RegExp(String.raw`(?<![A-Za-z\\])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`).test(s);
  const lastSide = last.slice(last.lastIndexOf('=') + 1);
  return names.every((n) => uses(last.slice(0, last.lastIndexOf('=')), n) && !uses(lastSide, n)) ? last : null;
}
