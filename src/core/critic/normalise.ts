/**
 * Policy `notation`: string clean-up of one answer before it is parsed. Every rewrite here keeps the value: wrappers,
 * spacing commands, `\left`/`\right`, `\dfrac`, unicode symbols, currency, thousands separators,
 * Markdown emphasis. Units, percent and degrees are NOT dropped here; `value.ts` records them as
 * flags so the policy can decide (see policy.ts).
 */

/** Cleans one answer string; the result is what the structure parser reads. */
const BARE_SUBSCRIPT = /_\\((?:var)?(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega)|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega|odot|star|oplus|infty)(?![A-Za-z])/g;

export function normalise(raw: string): string {
  let s = raw.trim();
  if (s.includes('\r')) s = s.replace(/\r/g, '');
  // "So $a = 0$": a connective before a formula is not a letter of it (read as one, `So a` is a product `Soa`).
  if (/^(?:so|thus|hence|therefore|finally)\b/i.test(s)) s = s.replace(/^(?:so|thus|hence|therefore|finally)\s*,?\s+(?=\$|\\\(|\\\[)/i, '');
  // "$C$ is $x^2 - y^2 = 2$": the name of a curve or set before the formula it is (read as letters, `Cis` would multiply in).
  if (/^\$?[A-Z]\$?\s+is\s+[$\\]/.test(s)) s = s.replace(/^\$?[A-Z]\$?\s+is\s+(?=\$|\\\(|\\\[)/, '');
  // "x is 5 or 9": a lone lower-case name and "is" before a value is `x = 5 or 9` (as letters, `xis5` multiplied in).
  if (/^[a-z]\s+is\s+\$?[-\d]/.test(s)) s = s.replace(/^([a-z])\s+is\s+/, '$1 = ');
  s = stripWrappers(s);
  // "$= ab + b$" on its own line goes on with the chain of the line before: the value is what follows the `=`.
  if (s.startsWith('=') && !s.startsWith('==')) s = s.slice(1).trim();
  s = unicode(s);
  // "3 squared", "x cubed", "(a+b) squared": a power in words (read as a unit, `3 squared` was 3).
  if (/squared|cubed/i.test(s)) s = s.replace(/(\d|\b[A-Za-z]|[)}])\s*(squared|cubed)\b/gi, (_m, base: string, power: string) => `${base}^${/^s/i.test(power) ? 2 : 3}`);
  // Markdown emphasis around the answer (Math-Verify issue #76).
  // Only at word boundaries: `x**2 + y**2` is Python, not bold.
  if (s.includes('*')) s = s.replace(/(^|\s)\*\*([^*\s][^*]*)\*\*(?=$|\s|[.,;:!?])/g, '$1$2').replace(/^\*([^*\s][^*]*)\*$/, '$1');
  if (s.includes('_')) s = s.replace(/(^|\s)_([^_]+)_(?=\s|$)/g, '$1$2');
  // `4.666\ldots`, `0.1666…`: digits repeated before an ellipsis are that repeating decimal (`4.\overline{6}`).
  s = repeatingEllipsis(s);
  if (s.includes('overline') || s.includes('dot{')) s = repeating(s);
  if (s.includes('\\')) {
    if (s.includes('left') || s.includes('right')) s = s.replace(/\\left\s*\\?\.|\\right\s*\\?\./g, '');
    // `-\mathbf{i} + 5\mathbf{j}`: bold i, j, k beside a bold j or k are unit vectors, as `\hat{i}` is (policy `notation`), not the imaginary unit and a letter.
    if (/\\(?:mathbf|boldsymbol|bm)\s*\{?\s*[jk]\b/.test(s)) s = s.replace(/\\(?:mathbf|boldsymbol|bm)\s*(?:\{\s*([ijk])\s*\}|\s([ijk])\b)/g, (_m, a: string | undefined, b: string | undefined) => `\\hat{${a ?? b}}`);
    s = s.replace(COMMANDS, (m, name: string) => COMMAND_MAP[name] ?? m);
    // `x_\alpha`, `L_\odot`: a subscript that is one command, written without braces, is `x_{\alpha}`.
    if (s.includes('_\\')) s = s.replace(BARE_SUBSCRIPT, '_{\\$1}');
    // sympy's LaTeX prints `\operatorname{asin}`: a function name, not text.
    if (s.includes('operatorname')) s = s.replace(/\\operatorname\{(a?)(sin|cos|tan|sinh|cosh|tanh|sec|csc|cot)\}/g, (_m, arc: string, f: string) => `\\${arc ? 'arc' : ''}${f}`);
    // `{7 \over 12}` and `7 \over 12` are `\frac{7}{12}`.
    if (s.includes('\\over')) s = s.replace(/\{\s*([^{}]+?)\s*\\over(?![A-Za-z])\s*([^{}]+?)\s*\}/g, '\\frac{$1}{$2}').replace(/^\s*([^{}]+?)\s*\\over(?![A-Za-z])\s*([^{}]+?)\s*$/, '\\frac{$1}{$2}');
    if (s.includes('\\choose')) s = s.replace(/\{\s*([^{}]+?)\s*\\choose\s*([^{}]+?)\s*\}/g, '\\binom{$1}{$2}').replace(/^\s*([^{}]+?)\s*\\choose\s*([^{}]+?)\s*$/, '\\binom{$1}{$2}');
  }
  // Thousands separators: 2\,500, 1{,}024, 1\ 024 — only between a 1–3 digit head and 3-digit groups.
  if (/\d/.test(s)) {
    if (/[{\\~\u2009\u202f]/.test(s)) s = s.replace(/(\d)(?:\{,\}|,?\\!|\\,|\\ |\\;|~|\u2009|\u202f)(?=\d{3}(?!\d))/g, '$1');
    if (s.includes(',')) s = s.replace(/(?<![\d.([])\d{1,3}(?:,\d{3})+(?![\d,)\]]|\.\d*,)/g, (m) => (isThousands(m) ? m.replace(/,/g, '') : m));
    if (s.includes(' ')) s = s.replace(/(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d.,]| ?\/)/g, (_m, head: string, rest: string) => head + rest.replace(/ /g, ''));
  }
  if (s.includes('\\')) {
    // Spacing commands and text-mode wrappers: keep their content, separated by spaces.
    s = s.replace(/(?<!\\)\\(?:,|;|:|!| |quad|qquad|enspace|thinspace|medspace)/g, ' ');
    // One level of braces inside is kept: `\mathrm{H_{2}SO_{4}}`, `\text{m^{2}}`.
    s = s.replace(/\\(?:text|textbf|textit|textrm|textnormal|mbox|mathrm|mathbf|mathsf|mathtt|operatorname)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g, (m, body: string) => (/^\s*[ei]\s*$/.test(body) && m.startsWith('\\mathrm') ? body.trim() : ` ${body} `));
    // `15625\,L_\odot`: astronomy's solar units after a number are units (Lsun, Msun, Rsun), not a product with `\odot` —
    // at the end of the answer only: inside a formula (`\frac{10^{5} L_{\odot}}{0.007 c^{2} M_{\odot}^{6}}`) each is a symbol.
    if (s.includes('odot')) s = s.replace(/(?<=[\d}]\s*)([LMR])_\s*(?:\{\s*\\odot\s*\}|\\odot(?![A-Za-z]))(?=\s*(?:[.,;]\s*)?$)/g, ' $1sun ');
    s = s.replace(/\\%/g, '%').replace(/\\#/g, '#').replace(/\\&/g, '&').replace(/\\\$/g, ' ');
    s = s.replace(/\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|\\circ|\\degree/g, '°');
    // `\angle ABD`, `m\angle{ABD}`, `\measuredangle B`: the angle's name (its letters), so `\angle ABD = 78°` names what is 78°.
    if (s.includes('angle')) s = s.replace(/(?:\bm\s*)?\\(?:measured)?angle\s*(?:\{\s*([A-Za-z]{1,3})\s*\}|([A-Z]{1,3})\b)/g, (_m, braced?: string, bare?: string) => `angle${braced ?? bare}`);
    // `y^{\prime}`, `y^\prime`, `y^{\prime\prime}`: primes, as `y'` and `y''` write them.
    if (s.includes('prime')) s = s.replace(/\^\s*\{((?:\s*\\prime)+)\s*\}|\^\s*\\prime/g, (m, inner?: string) => "'".repeat(inner ? inner.split('\\prime').length - 1 : 1));
    s = s.replace(/\\(?:lbrace)(?![A-Za-z])/g, '\\{').replace(/\\(?:rbrace)(?![A-Za-z])/g, '\\}');
    s = s.replace(/\\(?:vert|mid)(?![A-Za-z])/g, '|').replace(/\\colon(?![A-Za-z])/g, ':');
  }
  // `1950^{\circ}\mathrm{C}`: a temperature in degrees Celsius or Fahrenheit is a unit, not an angle times C.
  if (s.includes('°')) s = s.replace(/°\s*(?:\\mathrm\s*\{\s*([CF])\s*\}|\{?\s*([CF])\s*\}?)(?![A-Za-z])/g, (_m, a?: string, b?: string) => ` deg${a ?? b}`);
  if (s.includes('~')) s = s.replace(/~/g, ' ');
  // `0.05''`, `1.2″`: arcseconds (or inches) marked after a number; after a digit it is no derivative's prime.
  if (s.includes("''") || s.includes('″')) s = s.replace(/(?<=\d)\s*(?:''|″)(?!['\w])/g, ' ');
  // sympy names the constants of a general solution `C1`, `C2` (`C1*exp(-2*x)`): constants `C_1`, `C_2`.
  if (s.includes('*') && /\bC\d/.test(s)) s = s.replace(/\bC(\d)\b/g, 'C_$1');
  // `C_{400}^{40}`, `C_5^2`: the binomial coefficient as Chinese textbooks (and Gaokao answers) write it.
  if (s.includes('C_')) s = s.replace(/\bC_\{?(\d+)\}?\^\{?(\d+)\}?/g, (m, n: string, k: string) => (Number(k) < Number(n) && Number(n) >= 3 ? `\\binom{${n}}{${k}}` : m));
  // A base written as a subscript (`1011_2`, `25_{10}`): the digits are the answer as written.
  if (s.includes('_')) s = s.replace(/^(\d+)_\{?(\d{1,2})\}?$/, '$1');
  if (s.includes('$')) s = s.replace(/\$/g, ' ');
  // Currency signs are units of money like `$` (policy `units`): `€ 120`, `120€`, `£45`.
  if (/[€£¥₹₩]/.test(s)) s = s.replace(/[€£¥₹₩]/g, ' ');
  if (/[A-Z]{3}|Rs/.test(s)) s = s.replace(/\b(?:USD|EUR|GBP|INR|JPY|CNY|RMB|CAD|AUD|Rs\.?)\s*(?=-?\d)|(?<=\d)\s*(?:USD|EUR|GBP|INR|JPY|CNY|RMB|CAD|AUD)\b/g, ' ');
  // A stray trailing backslash or LaTeX line break (`5\`, `5\\`) is layout, not mathematics.
  if (s.endsWith('\\')) s = s.replace(/(?:\\\\|\\)+\s*$/, '');
  // Inequalities typed in ASCII: `>=`, `=<`, `!=`.
  if (/[<>!]=|=</.test(s)) s = s.replace(/>=/g, '≥').replace(/<=|=</g, '≤').replace(/!=/g, '≠');
  if (/\s\s|[\t\n]/.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  if (/^[,;:]|[.;,:]$/.test(s)) s = s.replace(/^[\s,;:]+|[\s.;,:]+$/g, '');
  return stripWrappers(s);
}

// One pass over the LaTeX commands that are pure presentation or have a one-symbol meaning.
const COMMAND_MAP: Record<string, string> = {
  displaystyle: '', textstyle: '', limits: '', mathit: '', boldsymbol: '', bm: '', mathbf: '',
  left: '', right: '', bigl: '', bigr: '', Bigl: '', Bigr: '', big: '', Big: '', bigg: '', Bigg: '',
  dfrac: '\\frac', tfrac: '\\frac', cfrac: '\\frac', dbinom: '\\binom', tbinom: '\\binom',
  le: '≤', leq: '≤', leqslant: '≤', ge: '≥', geq: '≥', geqslant: '≥', ne: '≠', neq: '≠', lneq: '<', gneq: '>',
  AA: ' angstrom ', angstrom: ' angstrom ',
  approx: '≈', simeq: '≈', thickapprox: '≈', dots: '…', ldots: '…', cdots: '…', lt: '<', gt: '>',
};
const COMMANDS = new RegExp(`\\\\(${Object.keys(COMMAND_MAP).sort((x, y) => y.length - x.length).join('|')})(?![A-Za-z])`, 'g');

/** `$…$`, `\(…\)`, `\[…\]`, a `\boxed{…}` that survived, and an outer pair of braces. */
function stripWrappers(s: string): string {
  for (;;) {
    const first = s.charCodeAt(0);
    if (first !== 36 && first !== 92 && first !== 123 && first !== 32) return s; // $ \ { space
    const before = s;
    s = s.trim();
    let m = /^\$+([\s\S]*?)\$+$/.exec(s) ?? /^\\\(([\s\S]*)\\\)$/.exec(s) ?? /^\\\[([\s\S]*)\\\]$/.exec(s);
    if (m) s = m[1]!;
    m = /^\\(?:boxed|fbox)\s*\{([\s\S]*)\}$/.exec(s);
    if (m && balanced(m[1]!)) s = m[1]!;
    if (s.startsWith('{') && s.endsWith('}') && balanced(s.slice(1, -1))) s = s.slice(1, -1);
    if (s === before) return s;
  }
}

// A group of one to six digits written at least twice, three digits in all, then an ellipsis (`0.121212…`; `1.00…` is too short to say; a full stop may have taken one of three dots).
const REPEATED_BEFORE_ELLIPSIS = /(?<![\d.])(\d*)\.(\d*?)(\d{1,6}?)(\3+)\s*(?:\\[lc]?dots(?![A-Za-z])|…|\.{2,3})/g;

/** `4.666\ldots` → `4.\overline{6}`: digits repeated before an ellipsis, marked as the repeating decimal they write. */
export function repeatingEllipsis(s: string): string {
  if (!s.includes('dots') && !s.includes('…') && !s.includes('..')) return s;
  return s.replace(REPEATED_BEFORE_ELLIPSIS, (m, whole: string, fixed: string, rep: string, more: string) => (rep.length + more.length >= 3 ? `${whole}.${fixed}\\overline{${rep}}` : m));
}

/** `0.1\overline{6}` (or `0.1\dot{6}`) → the exact fraction `\frac{1}{6}`. */
function repeating(s: string): string {
  return s.replace(/(\d*)\.(\d*)\\(?:overline|dot)\{(\d+)\}/g, (_m, whole: string, fixed: string, rep: string) => {
    // x = whole.fixed(rep)…  →  x = (whole·fixed·rep − whole·fixed) / (10^|fixed| · (10^|rep| − 1))
    const a = BigInt((whole || '0') + fixed + rep);
    const b = BigInt((whole || '0') + fixed);
    const den = 10n ** BigInt(fixed.length) * (10n ** BigInt(rep.length) - 1n);
    return `\\frac{${a - b}}{${den}}`;
  });
}

/** True when `{`/`}` (not `\{`) balance in s. */
export function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function isThousands(m: string): boolean {
  return /^\d{1,3}(?:,\d{3})+$/.test(m);
}

const UNICODE: [RegExp, string][] = [
  [/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, '-'],
  [/\u00d7/g, '\\times '],
  [/\u00f7/g, '\\div '], // kept apart from `/`: `2 ÷ 3` is a computation, `2/3` a fraction
  [/[\u00b7\u22c5]/g, '\\cdot '],
  [/\u221a/g, '\\sqrt'],
  [/\u03c0/g, '\\pi '],
  [/\u221e/g, '\\infty '],
  [/\u00b1/g, '\\pm '], // `m = ±2` is written so as often as with `\pm`
  [/\u2213/g, '\\mp '],
  [/\u2264/g, '≤'],
  [/\u2260/g, '≠'],
  [/\u2265/g, '≥'],
  [/\u00bd/g, '(1/2)'],
  [/\u00bc/g, '(1/4)'],
  [/\u00be/g, '(3/4)'],
  [/\uff0c/g, ','],
  [/\uff0e|\u3002/g, '.'],
  [/\uff1a/g, ':'],
  [/\uff08/g, '('],
  [/\uff09/g, ')'],
  [/\u2208/g, '\\in '],
  [/\u222a/g, '\\cup '],
  [/\u2229/g, '\\cap '],
  [/\u00c5|\u212b/g, ' angstrom '],
  [/\u2220\s*/g, '\\angle '], // `∠ABD = 78°` names the angle as `\angle ABD` does
  [/\u00a0|\u2009|\u202f/g, ' '],
];

// Superscript digits and signs (`a¹⁸`, `x⁻¹`, `10⁶`): one exponent per run.
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g;

function unicode(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  for (const [re, to] of UNICODE) s = s.replace(re, to);
  return s.replace(SUPERSCRIPT_RUN, (run) => `^{${[...run].map((c) => '0123456789-+'[SUPERSCRIPTS.indexOf(c)]).join('')}}`);
}
