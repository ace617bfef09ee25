/** Character-level reading shared by the expression parser: whitespace, literals, LaTeX commands. */

// Not an Error: a parse failure is expected and frequent, and a stack trace per attempt is costly.
export class ParseFail {
  constructor(readonly why: string) {}
}

const COMMAND = /\\([A-Za-z]+)/y;

/** A position in the text being parsed; failures throw ParseFail (caught by parseExpr). */
export class Cursor {
  i = 0;
  constructor(readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }
  ws(): void {
    while (this.i < this.s.length && (this.s.charCodeAt(this.i) === 32 || this.s.charCodeAt(this.i) === 9 || this.s.charCodeAt(this.i) === 10)) this.i++;
  }
  peek(str: string): boolean {
    this.ws();
    return this.s.startsWith(str, this.i);
  }
  /** A LaTeX command at the cursor, e.g. `frac` for `\frac`, without consuming it. */
  command(): string | null {
    this.ws();
    if (this.s.charCodeAt(this.i) !== 92) return null; // '\\'
    COMMAND.lastIndex = this.i;
    const m = COMMAND.exec(this.s);
    return m ? m[1]! : null;
  }
  eat(str: string): boolean {
    if (this.peek(str)) {
      this.i += str.length;
      return true;
    }
    return false;
  }
  eatCommand(name: string): boolean {
    if (this.command() === name) {
      this.i += name.length + 1;
      return true;
    }
    return false;
  }
  expect(str: string): void {
    if (!this.eat(str)) throw new ParseFail(`expected ${str}`);
  }
}
