/**
 * The terms of the expression parser (parse.ts): LaTeX commands (`\frac`, `\sqrt`, accents, Greek
 * letters, named functions) and identifiers (letter runs, primes, subscripts, `f(2)`, Python names).
 * A class of its own so each file stays readable; the grammar above terms (sums, products, powers,
 * brackets, numbers) is the subclass in parse.ts.
 */
import type { Node } from './ast';
import { ratFromDecimal } from './rational';
import { Cursor, ParseFail } from './cursor';
import { GREEK, INVERSE, LATEX_FNS, lettersAreVariables, PY_CONSTS, PY_FNS } from './names';

/** An ASCII letter's char code. (Module level: a closure made per token costs in the hottest loop.) */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Syntax flavour: Python enables `E`/`I` constants, multi-letter names and the `j` suffix. */
export type Flavour = 'latex' | 'python';

// `\frac{dv}{dt}`, `\frac{d^{2}x}{dt^{2}}`: d, an optional order 2, the variable (a Greek one too: `\frac{d^2\theta}{dt^2}`), then d and the time variable.
const LEIBNIZ = /\s*\{\s*d\s*(\^\s*\{?\s*2\s*\}?)?\s*((?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?)\s*\}\s*\{\s*d\s*([A-Za-z])\s*(\^\s*\{?\s*2\s*\}?)?\s*\}/y;
const FN_NAME = /(arcsin|arccos|arctan|sinh|cosh|tanh|sin|cos|tan|cot|sec|csc|ln|log|exp|sqrt)(?![a-z])/y;
const FN_LETTERS = new Set(['f', 'g', 'h', 'F', 'G', 'H', 'I', 'P']);

export abstract class TermParser extends Cursor {
  /** The text uses LaTeX commands, so short letter runs are products of variables. */
  readonly latexFormula: boolean;
  constructor(s: string, readonly flavour: Flavour) {
    super(s);
    this.latexFormula = flavour === 'latex' && /\\(?:frac|sqrt|cdot|left|dfrac)/.test(s);
  }

  abstract sum(): Node;
  abstract power(): Node;
  abstract primary(): Node;
  abstract group(): Node;
  abstract arg(): Node;
  abstract startsPrimary(): boolean;

  latexCommand(): Node {
    const cmd = this.command();
    if (cmd === null) throw new ParseFail('a backslash without a command');
    this.i += cmd.length + 1;
    if (cmd === 'frac' || cmd === 'binom') {
      const derivative = cmd === 'frac' ? this.leibniz() : null;
      if (derivative) return derivative;
      const a = this.arg();
      const b = this.arg();
      return cmd === 'frac' ? { t: 'div', a, b } : { t: 'fn', name: 'binom', args: [a, b] };
    }
    if (cmd === 'sqrt') {
      let index: Node | null = null;
      if (this.eat('[')) {
        index = this.sum();
        this.expect(']');
      }
      const body = this.arg();
      return index ? { t: 'fn', name: 'root', args: [body, index] } : { t: 'fn', name: 'sqrt', args: [body] };
    }
    if (cmd === 'pi') return { t: 'sym', name: 'pi' };
    if (cmd === 'infty') return { t: 'sym', name: 'oo' };
    if (cmd === 'lvert' || cmd === 'lfloor' || cmd === 'lceil') {
      const close = { lvert: 'rvert', lfloor: 'rfloor', lceil: 'rceil' }[cmd];
      const node = this.sum();
      if (!this.eatCommand(close)) throw new ParseFail(`expected \\${close}`);
      return { t: 'fn', name: cmd === 'lvert' ? 'abs' : cmd.slice(1), args: [node] };
    }
    if (cmd === 'mathrm' || cmd === 'operatorname') {
      // \mathrm{e} is Euler's number; \operatorname{lcm} etc. are not supported.
      this.expect('{');
      const m = /^\s*([A-Za-z]+)\s*\}/.exec(this.s.slice(this.i));
      if (!m) throw new ParseFail('bad mathrm');
      this.i += m[0].length;
      if (m[1] === 'e') return { t: 'sym', name: 'e' };
      if (m[1] === 'i') return { t: 'sym', name: 'i' };
      if (m[1]! in LATEX_FNS) return this.applyFn(LATEX_FNS[m[1]!]!);
      throw new ParseFail('unknown operator');
    }
    if (GREEK.has(cmd)) return this.subscripted(cmd);
    if (cmd === 'dot' || cmd === 'ddot') {
      // Newton's `\dot{v}` is the derivative `v'`, the same unknown as `\frac{dv}{dt}` and `v^{\prime}`.
      // Also over a Greek letter (`\ddot{\theta}`) and with an index inside or after the accent (`\ddot{v}_o` = `\ddot{v_o}`).
      const m = /^\s*(?:\{\s*(?:\\([A-Za-z]+)|([A-Za-z]))(?:_\{?([A-Za-z0-9]+)\}?)?\s*\}|([A-Za-z]))(?:_\{?([A-Za-z0-9]+)\}?)?/.exec(this.s.slice(this.i));
      if (!m || (m[1] !== undefined && !GREEK.has(m[1])) || (m[3] !== undefined && m[5] !== undefined)) throw new ParseFail('bad dot accent');
      this.i += m[0].length;
      const index = m[3] ?? m[5];
      return { t: 'sym', name: (m[1] ?? m[2] ?? m[4]!) + (index ? `_${index}` : '') + (cmd === 'dot' ? "'" : "''") };
    }
    if (cmd === 'vec' || cmd === 'overrightarrow' || cmd === 'hat' || cmd === 'bar' || cmd === 'tilde') {
      // `\vec{a}`, `\overrightarrow{AB}`: a named quantity, a symbol of its own.
      const m = /^\s*\{\s*([A-Za-z]{1,3})\s*\}|^\s*([A-Za-z])/.exec(this.s.slice(this.i));
      if (!m) throw new ParseFail('bad accent');
      this.i += m[0].length;
      // `\vec{a}` and `\overrightarrow{a}` are two ways to write the same vector.
      return this.subscripted(`${cmd === 'overrightarrow' ? 'vec' : cmd}_${m[1] ?? m[2]}`);
    }
    const fn = LATEX_FNS[cmd];
    if (fn) {
      if (fn === 'log' && this.eat('_')) {
        const base = this.peek('{') ? this.group() : this.primary();
        const arg = this.fnArgument();
        return { t: 'div', a: { t: 'fn', name: 'ln', args: [arg] }, b: { t: 'fn', name: 'ln', args: [base] } };
      }
      return this.applyFn(fn);
    }
    throw new ParseFail(`unknown command \\${cmd}`);
  }

  /**
   * Leibniz's `\frac{dv}{dt}` / `\frac{d^2 x}{dt^2}` (the cursor just after `\frac`) as the derivative
   * symbol `v'` / `x''`, the unknown an equation of motion is about; null for any other fraction.
   */
  leibniz(): Node | null {
    if (this.s.charCodeAt(this.i) !== 123 && this.s.charCodeAt(this.i) !== 32) return null;
    LEIBNIZ.lastIndex = this.i;
    const m = LEIBNIZ.exec(this.s);
    const greek = m?.[2]!.startsWith('\\') ? /^\\([A-Za-z]+)/.exec(m[2]!)![1]! : null;
    if (!m || Boolean(m[1]) !== Boolean(m[4]) || (greek !== null && !GREEK.has(greek))) return null;
    this.i += m[0].length;
    return { t: 'sym', name: m[2]!.replace(/[{}\\]/g, '') + (m[1] ? "''" : "'") };
  }

  /** `\sin^2 x`, `\sin(x)`, `\ln 2`: optional power on the function, then its argument. */
  applyFn(name: string): Node {
    let power: Node | null = null;
    if (this.eat('^')) power = this.peek('{') ? this.group() : this.primary();
    // \sin^{-1} x is arcsin, not 1/sin.
    const inverse = INVERSE[name];
    if (power && inverse && power.t === 'neg' && power.a.t === 'num' && power.a.v.n === 1n && power.a.v.d === 1n) {
      name = inverse;
      power = null;
    }
    const arg = this.fnArgument();
    const call: Node = { t: 'fn', name, args: [arg] };
    return power ? { t: 'pow', a: call, b: power } : call;
  }

  /** A function argument: a parenthesised expression, or a tight product like `2x` in `\sin 2x`. */
  fnArgument(): Node {
    this.ws();
    if (this.peek('(') || this.peek('{')) return this.power();
    let node = this.power();
    while (this.startsPrimary() && !this.command()) node = { t: 'mul', a: node, b: this.power() };
    return node;
  }

  identifier(): Node {
    if (this.flavour === 'python') {
      const m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(this.s.slice(this.i))!;
      const word = m[0];
      this.i += word.length;
      if (word in PY_CONSTS) return { t: 'sym', name: PY_CONSTS[word]! };
      const fn = PY_FNS[word];
      if (fn && this.peek('(')) {
        this.expect('(');
        const args = [this.sum()];
        while (this.eat(',')) args.push(this.sum());
        this.expect(')');
        if (fn === 'cbrt') return { t: 'fn', name: 'root', args: [args[0]!, num('3')] };
        return { t: 'fn', name: fn, args };
      }
      // One letter or a Greek name, with an optional subscript: `x`, `r_0`, `theta_w`, `lambda`.
      const base = word.split('_')[0]!;
      if (word.length > 1 && !(base.length === 1 || GREEK.has(base)) || !/^[A-Za-z]+(?:_[A-Za-z0-9]+)?$/.test(word)) throw new ParseFail(`unknown name ${word}`);
      return { t: 'sym', name: word }; // `C_200` is the LaTeX `C_{200}`
    }
    // LaTeX flavour: a run of letters is a product of one-letter variables, except function names.
    // Sticky regexes at the cursor: no substring is copied per letter.
    FN_NAME.lastIndex = this.i;
    const fnName = FN_NAME.exec(this.s);
    if (fnName) {
      this.i += fnName[1]!.length;
      if (fnName[1] === 'sqrt') {
        const body = this.power();
        return { t: 'fn', name: 'sqrt', args: [body] };
      }
      return this.applyFn(LATEX_FNS[fnName[1]!]!);
    }
    const c0 = this.s.charCodeAt(this.i);
    const c1 = this.s.charCodeAt(this.i + 1);
    const c2 = this.s.charCodeAt(this.i + 2);
    if (c0 === 112 && c1 === 105 && !(c2 >= 97 && c2 <= 122)) {
      this.i += 2; // `pi`
      return { t: 'sym', name: 'pi' };
    }
    // A run of letters is a word, not a product — except a run of three in a LaTeX formula (`\frac{def}{de+df+ef}`)
    // or of letters the formula uses as variables (`(de + df + ef)/(def)`).
    if (isLetter(c0) && isLetter(c1) && isLetter(c2)) {
      const three = !isLetter(this.s.charCodeAt(this.i + 3)) && !isLetter(this.s.charCodeAt(this.i - 1));
      if (!(three && (this.latexFormula || lettersAreVariables(this.s, this.s.slice(this.i, this.i + 3))))) throw new ParseFail('a word, not an expression');
    }
    const rest = this.s.slice(this.i, this.i + 40);
    // `y'`, `f''`: primes are part of the name (the derivative is an unknown of its own).
    const primes = /^[A-Za-z]('+)/.exec(rest)?.[1] ?? '';
    if (primes) {
      this.i += 1 + primes.length;
      const call = /^\(\s*([A-Za-z]|-?\d+(?:\.\d+)?)\s*\)/.exec(rest.slice(1 + primes.length));
      if (call && FN_LETTERS.has(rest[0]!)) {
        this.i += call[0].length;
        return { t: 'fn', name: `apply_${rest[0]}${primes}`, args: [this.flavourless(call[1]!)] };
      }
      return { t: 'sym', name: rest[0]! + primes };
    }
    const letter = rest[0]!;
    this.i++;
    // `f(2)`, `I(0)`, `P(A)`: a function applied to one value, not a product (`I(0)·x` is not 0).
    // Any letter before a lone number (`y(0)`), a few function letters before a lone letter (`f(x)`).
    const call = (FN_LETTERS.has(letter) ? /^\(\s*(-?\d+(?:\.\d+)?|[A-Za-z])\s*\)/ : /^\(\s*(-?\d+(?:\.\d+)?)\s*\)/).exec(rest.slice(1));
    if (call) {
      this.i += call[0].length;
      return { t: 'fn', name: `apply_${letter}`, args: [this.flavourless(call[1]!)] };
    }
    return this.subscripted(letter);
  }

  /** One number or one letter, as a node (the argument of `f(2)`). */
  flavourless(text: string): Node {
    return /^[A-Za-z]$/.test(text) ? { t: 'sym', name: text } : text.startsWith('-') ? { t: 'neg', a: num(text.slice(1)) } : num(text);
  }

  /** `x_1`, `a_{n}`: a subscript is part of the variable's name. */
  subscripted(name: string): Node {
    if (this.s[this.i] === '_') {
      this.i++;
      const m = /^\{\s*(\\?[A-Za-z0-9]+)\s*\}|^([A-Za-z0-9])/.exec(this.s.slice(this.i));
      if (!m) throw new ParseFail('bad subscript');
      this.i += m[0].length;
      return { t: 'sym', name: `${name}_${m[1] ?? m[2]}` };
    }
    return { t: 'sym', name };
  }
}

export function num(text: string): Node {
  const v = ratFromDecimal(text);
  if (!v) throw new ParseFail('bad number');
  return { t: 'num', v, approx: /[.eE]/.test(text), text };
}
