/**
 * Program-output forms a code critic meets (ToRA/LCE execution results): numpy scalars,
 * `Fraction(3, 4)`, `Rational(1, 3)`, sympy `Interval`/`FiniteSet`/`Union`, `Matrix([[…]])`,
 * `array([…])`, and LaTeX matrix environments. They are rewritten into the LaTeX-ish text the
 * structure parser already reads, never evaluated.
 */
import { splitTop, enclosed } from './split';

const WRAPPERS = /\b(?:np|numpy)\.(?:float|int|uint|complex)(?:16|32|64|128)?\(|\b(?:float|int)(?:32|64)\(|\bInteger\(|\bFloat\(|\bDecimal\(|\bmpf\(|\bmpq\(/g;

/** Reads the argument list that starts right after an opening `(` at `at`; returns it and the end index. */
function argsAt(s: string, at: number): { args: string[]; end: number } | null {
  let depth = 1;
  for (let i = at; i < s.length; i++) {
    if (s[i] === '(' || s[i] === '[' || s[i] === '{') depth++;
    else if (s[i] === ')' || s[i] === ']' || s[i] === '}') depth--;
    if (depth === 0) return { args: splitTop(s.slice(at, i), /,/), end: i };
  }
  return null;
}

function unquote(a: string): string {
  return a.replace(/^(['"])(.*)\1$/, '$2');
}

const NUMPY_ROW = String.raw`\[\s*(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*)+\]`;
const NUMPY_MATRIX = new RegExp(String.raw`^\[\s*${NUMPY_ROW}(?:\s*${NUMPY_ROW})*\s*\]$`, 'i');
const NUMPY_VECTOR = new RegExp(String.raw`^${NUMPY_ROW}$`, 'i');

/** numpy prints arrays without commas (`[[ 3. -1.]\n [-5.  2.]]`, `[1. 2. 3.]`): the same list with them. */
function numpyPrint(s: string): string {
  const row = (r: string) => `[${r.replace(/[[\]]/g, ' ').trim().split(/\s+/).map((n) => n.replace(/\.$/, '')).join(', ')}]`;
  if (NUMPY_MATRIX.test(s)) return `[${[...s.slice(1, -1).matchAll(/\[[^[\]]*\]/g)].map((m) => row(m[0])).join(', ')}]`;
  return NUMPY_VECTOR.test(s) && /[\d.]\s+[-+\d.]/.test(s) ? row(s) : s;
}

/** Rewrites one call form everywhere in s via `build(args)`; unknown shapes are left as they are. */
function rewriteCalls(s: string, head: RegExp, build: (name: string, args: string[]) => string | null): string {
  for (let guard = 0; guard < 50; guard++) {
    head.lastIndex = 0;
    const m = head.exec(s);
    if (!m) return s;
    const open = m.index + m[0].length;
    const got = argsAt(s, open);
    if (!got) return s;
    const out = build(m[0], got.args);
    if (out === null) return s;
    s = s.slice(0, m.index) + out + s.slice(got.end + 1);
  }
  return s;
}

const MODULE_PREFIX = /\b(?:np|numpy|math|cmath|sympy|sp)\.(?=(?:sqrt|cbrt|exp|log|ln|a?sin|a?cos|a?tan|arc(?:sin|cos|tan)|sinh|cosh|tanh|pi|e|E|I|oo|inf|Abs|abs|factorial|binomial|floor|ceiling|root|Rational)\b)/g;

/** Rewrites program-output forms into plain math text. */
export function rewriteProgramForms(input: string): string {
  let s = input;
  if (s.startsWith('[') && !s.includes(',')) s = numpyPrint(s);
  // `np.arcsin(10/13)`, `math.sqrt(2)`, `sympy.pi`: a module's name before a function or constant the parser knows.
  if (s.includes('.')) s = s.replace(MODULE_PREFIX, '');
  // Python's and sympy's `asin(x)`, `acos`, `atan` are the parser's arcsin, arccos, arctan.
  if (s.includes('a')) s = s.replace(/(?<![A-Za-z\\])a(sin|cos|tan)(?=\s*\()/g, 'arc$1');
  if (!/\w\(/.test(s)) return s;
  s = rewriteCalls(s, WRAPPERS, (_n, args) => (args.length >= 1 ? unquote(args[0]!) : null));
  s = rewriteCalls(s, /\b(?:Fraction|Rational|sympy\.Rational)\(/g, (_n, args) => {
    if (args.length === 2) return `(${args[0]})/(${args[1]})`;
    if (args.length === 1) return `(${unquote(args[0]!)})`;
    return null;
  });
  s = rewriteCalls(s, /\bInterval(?:\.(open|Lopen|Ropen))?\(/g, (name, args) => {
    if (args.length < 2) return null;
    const kind = /\.(\w+)\(/.exec(name)?.[1];
    // sympy's Interval is closed unless told otherwise, but an end at ±oo is always open (`Interval(7, oo)` is [7, ∞)).
    const infinite = (end: string) => /^[-+]?\s*(?:oo|inf(?:inity)?)$/i.test(end.trim());
    const lo = kind === 'open' || kind === 'Lopen' || args[2] === 'True' || infinite(args[0]!);
    const hi = kind === 'open' || kind === 'Ropen' || args[3] === 'True' || infinite(args[1]!);
    return `${lo ? '(' : '['}${args[0]}, ${args[1]}${hi ? ')' : ']'}`;
  });
  s = rewriteCalls(s, /\b(?:np\.|numpy\.)?array\(/g, (_n, args) => (args.length >= 1 ? args[0]! : null));
  s = rewriteCalls(s, /\bFiniteSet\(|\bset\(\[|\bfrozenset\(\[/g, (name, args) => (name.endsWith('[') ? null : `\\{${args.join(', ')}\\}`));
  s = rewriteCalls(s, /\bUnion\(/g, (_n, args) => args.join(' \\cup '));
  // sympy's relationals as `str()` prints them: `Eq(x, 3)`, `Ne(x, 3)`.
  if (s.includes('Eq(') || s.includes('Ne(')) s = rewriteCalls(s, /\b(?:Eq|Ne)\(/g, (name, args) => (args.length === 2 ? `${args[0]} ${name.startsWith('Eq') ? '=' : '≠'} ${args[1]}` : null));
  s = s.replace(/\bEmptySet\b|\bset\(\)/g, '\\emptyset');
  return s;
}

/** Rows of cells when `s` is a matrix (LaTeX environment, `Matrix([…])`, `array([[…]])`, `[[…]]`). */
export function readMatrix(s: string): string[][] | null {
  const env = /^\\begin\{([pbB]?matrix|smallmatrix|array)\}(?:\{[^}]*\})?([\s\S]*)\\end\{\1\}$/.exec(s.trim());
  if (env) {
    const rows = env[2]!.split(/\\\\/).map((r) => r.trim()).filter((r) => r.length > 0);
    return rows.map((r) => r.split('&').map((c) => c.trim()));
  }
  const call = /^(?:sympy\.)?(?:Matrix|ImmutableMatrix|(?:np\.|numpy\.)?array)\(([\s\S]*)\)$/.exec(s.trim());
  const body = call ? call[1]!.trim() : s.trim();
  if (!body.startsWith('[')) return null;
  const outer = enclosed(body);
  if (!outer || outer.open !== '[' || outer.close !== ']') return null;
  const items = splitTop(outer.inner, /,/);
  const nested = items.map((it) => enclosed(it));
  if (nested.every((n) => n && n.open === '[' && n.close === ']')) {
    const rows = nested.map((n) => splitTop(n!.inner, /,/));
    if (rows.length > 0 && rows.every((r) => r.length === rows[0]!.length)) return rows;
    return null;
  }
  // Matrix([1, 2]) is a column vector; a bare list is not a matrix.
  if (call && /Matrix/.test(s)) return items.map((it) => [it]);
  return null;
}
