/**
 * A small recursive-descent parser for one scalar expression written in LaTeX (`\frac{\sqrt3}{2}`,
 * `2\pi r`, `\sin^2 x`) or in Python/sympy output (`sqrt(2)/2`, `2*pi/3`, `x**2`, `1+2j`).
 * It never guesses: anything it does not understand makes the whole parse fail (null), so a
 * malformed answer is never reduced to "a number found inside it". Commands and identifiers are
 * read by its base class in parse-terms.ts.
 */
import { substitute, type Node } from './ast';
import { ParseFail } from './cursor';
import { GREEK, LATEX_FNS } from './names';
import { exact } from './numeric';
import { memoised } from './judgement-memo';
import { num, TermParser, type Flavour } from './parse-terms';
export { decimalPrecision } from './names';
export type { Flavour } from './parse-terms';

/** Parses one scalar expression; null when any part of it is not understood. */
export function parseExpr(text: string, flavour: Flavour = guessFlavour(text)): Node | null {
  return flavour === 'latex' ? parseLatex(text) : parsePython(text);
}

// Memoised for one judgement (judgement-memo.ts): the rules parse the same side more than once.
const parseLatex = memoised((text: string) => parseAs(text, 'latex'));
const parsePython = memoised((text: string) => parseAs(text, 'python'));

function parseAs(text: string, flavour: Flavour): Node | null {
  try {
    const p = new Parser(text, flavour);
    const node = p.sum();
    p.ws();
    if (!p.done()) return null;
    return node;
  } catch (err) {
    if (err instanceof ParseFail) return null;
    throw err;
  }
}

/** Python flavour when the text looks like program output rather than LaTeX or plain math. */
export function guessFlavour(text: string): Flavour {
  if (text.includes('\\')) return 'latex';
  if (!/[*a-zA-Z]/.test(text)) return 'latex'; // digits and operators only: the flavours agree
  if (GREEK.has(text.trim().split('_')[0]!)) return 'python'; // sympy prints `alpha`, LaTeX would be `\alpha`
  // sympy prints the imaginary unit as a lone `I` (`1 - I`).
  return /\*\*|\*|\b(?:sqrt|pi|oo|exp|log|sin|cos|tan|Abs|factorial|binomial)\b|\dj\b|(?<![A-Za-z_])I(?![A-Za-z_(])/.test(text) ? 'python' : 'latex';
}

// A sum is written out term by term; past this many terms it is left unread.
const MAX_TERMS = 100n;

const NUMBER = /(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+(?![A-Za-ik-z]))?/y; // `1e-16j`: an exponent before the imaginary unit

class Parser extends TermParser {
  sum(): Node {
    let node = this.product();
    for (;;) {
      if (this.eat('+')) node = { t: 'add', a: node, b: this.product() };
      else if (this.eat('-')) node = { t: 'sub', a: node, b: this.product() };
      else if (this.eatCommand('pm')) node = { t: 'pm', a: node, b: this.product() };
      else if (this.eatCommand('mp')) node = { t: 'pm', a: node, b: { t: 'neg', a: this.product() } };
      else return node;
    }
  }

  product(): Node {
    let node = this.unary();
    for (;;) {
      if (this.peek('**')) return node; // handled by power(); cannot occur here
      if (this.eat('*') || this.eatCommand('cdot') || this.eatCommand('times') || this.eat('×')) node = { t: 'mul', a: node, b: this.unary() };
      else if (this.eat('/') || this.eatCommand('div')) node = { t: 'div', a: node, b: this.unary() };
      else if (this.startsPrimary()) node = { t: 'mul', a: node, b: this.power() };
      else return node;
    }
  }

  unary(): Node {
    if (this.eatCommand('sum')) return this.finiteSum();
    if (this.eat('-')) return { t: 'neg', a: this.unary() };
    if (this.eat('+')) return this.unary();
    if (this.eatCommand('pm')) return { t: 'pm', a: { t: 'num', v: { n: 0n, d: 1n }, approx: false, text: '0' }, b: this.unary() };
    return this.power();
  }

  /**
   * `\sum_{k=0}^{8} x^k`: a sum over whole-number bounds is its terms added (`1 + x + … + x^8`), the
   * summand being the product after the bounds. Other sums (symbolic or unbounded) are not understood.
   */
  finiteSum(): Node {
    this.expect('_');
    this.expect('{');
    this.ws();
    const index = /^[A-Za-z]/.exec(this.s.slice(this.i))?.[0];
    if (!index) throw new ParseFail('a sum without an index');
    this.i++;
    this.expect('=');
    const from = exact(this.sum());
    this.expect('}');
    this.expect('^');
    const to = exact(this.peek('{') ? this.group() : this.number());
    const summand = this.product();
    if (!from || !to || from.d !== 1n || to.d !== 1n || to.n < from.n || to.n - from.n > MAX_TERMS) throw new ParseFail('a sum without whole-number bounds');
    let total: Node | null = null;
    for (let k = from.n; k <= to.n; k++) {
      const term = substitute(summand, index, num(String(k)));
      total = total === null ? term : { t: 'add', a: total, b: term };
    }
    return total!;
  }

  power(): Node {
    let base = this.postfix(this.primary());
    if (this.eat('**') || this.eat('^')) {
      const exp = this.peek('{') ? this.group() : this.peek('-') || this.peek('+') ? this.unary() : this.postfix(this.primary());
      base = { t: 'pow', a: base, b: exp };
    }
    return base;
  }

  postfix(node: Node): Node {
    for (;;) {
      if (this.peek('!') && !this.peek('!=')) {
        this.i++;
        node = { t: 'fn', name: 'fact', args: [node] };
      } else if (this.peek('°')) {
        // Degrees inside an expression (`\cos 60°`) are radians × π/180.
        this.i++;
        node = { t: 'div', a: { t: 'mul', a: node, b: { t: 'sym', name: 'pi' } }, b: num('180') };
      } else return node;
    }
  }

  startsPrimary(): boolean {
    this.ws();
    const code = this.s.charCodeAt(this.i);
    if (Number.isNaN(code)) return false;
    // digits . letters ( [ { |
    if ((code >= 48 && code <= 57) || code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 40 || code === 91 || code === 123) return true;
    if (code === 124) return !this.closingBar();
    if (code !== 92) return false;
    const cmd = this.command();
    return cmd !== null && (cmd in LATEX_FNS || GREEK.has(cmd) || ['frac', 'sqrt', 'pi', 'infty', 'binom', 'lvert', 'lfloor', 'lceil', 'mathrm', 'operatorname', 'dot', 'ddot', 'vec', 'overrightarrow', 'hat', 'bar', 'tilde'].includes(cmd));
  }

  /** Inside `|…|` a bar closes the group rather than opening another. */
  depthBars = 0;
  closingBar(): boolean {
    return this.depthBars > 0;
  }

  group(): Node {
    this.expect('{');
    const node = this.sum();
    this.expect('}');
    return node;
  }

  /** An argument of \frac / \sqrt: a braced group or a single character (`\frac12`). */
  arg(): Node {
    this.ws();
    if (this.peek('{')) return this.group();
    const ch = this.s[this.i];
    if (ch !== undefined && /[0-9]/.test(ch)) {
      this.i++;
      return num(ch);
    }
    return this.primary();
  }

  primary(): Node {
    this.ws();
    const ch = this.s[this.i];
    if (ch === undefined) throw new ParseFail('unexpected end');
    if (/[0-9.]/.test(ch)) return this.number();
    if (ch === '(' || ch === '[') {
      this.i++;
      const node = this.sum();
      this.expect(ch === '(' ? ')' : ']');
      return node;
    }
    if (ch === '{') return this.group();
    if (ch === '|') {
      this.i++;
      this.depthBars++;
      const node = this.sum();
      this.depthBars--;
      this.expect('|');
      return { t: 'fn', name: 'abs', args: [node] };
    }
    if (ch === '\\') return this.latexCommand();
    if (/[A-Za-z]/.test(ch)) return this.identifier();
    throw new ParseFail(`unexpected ${ch}`);
  }

  number(): Node {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) throw new ParseFail('bad number');
    this.i += m[0].length;
    // `2.3.1` is a version or a section number, not the product 2.3 × 0.1.
    if (this.s.charCodeAt(this.i) === 46 && /\d/.test(this.s[this.i + 1] ?? '')) throw new ParseFail('a number with two decimal points');
    let node: Node = num(m[0]);
    if (this.flavour === 'python' && this.s[this.i] === 'j' && !/[A-Za-z]/.test(this.s[this.i + 1] ?? '')) {
      this.i++;
      node = { t: 'mul', a: node, b: { t: 'sym', name: 'i' } };
    }
    // `s + 100\%\cdot s`: a percent that a product goes on from is a hundredth (a final `25\%` is a flag, in value.ts).
    const percent = /^\s*\\?%(?=\s*(?:\\cdot|\\times|\*|×|[A-Za-z(]))/.exec(this.s.slice(this.i));
    if (percent) {
      this.i += percent[0].length;
      node = { t: 'div', a: node, b: num('100') };
    }
    return node;
  }
}
