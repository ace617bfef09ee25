/**
 * Reads a Stryker JSON report (mutation-testing-report-schema) and the list of equivalent mutants
 * (docs/mutation/equivalent.md): counts per status, the score with listed equivalents set aside,
 * the survivors nobody explained, and list entries that no longer match any mutant.
 */

/** The part of a Stryker JSON report this reads (the rest is carried along unchanged). */
export interface StrykerReport {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
  testFiles?: Record<string, ReportTestFile>;
  [other: string]: unknown;
}

/** One mutant of the report. */
export interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  /** Ids of the report's tests (numbers Stryker gives each run anew, from 0). */
  coveredBy?: string[];
  killedBy?: string[];
  [other: string]: unknown;
}

/** A test file of the report and the tests of its run. */
export interface ReportTestFile {
  source?: string;
  tests: ReportTest[];
}

export interface ReportTest {
  id: string;
  name: string;
  location?: { start: { line: number; column: number } };
  [other: string]: unknown;
}

/** One row of docs/mutation/equivalent.md: a mutant that no test can tell from the original, and why. */
export interface EquivalentEntry {
  module: string;
  file: string;
  /** The trimmed source line where the mutant starts (line numbers move; the text rarely does). */
  line: string;
  mutator: string;
  replacement: string;
  why: string;
}

/** A survivor as a reader needs it to write a test: where, what changed, into what. */
export interface Survivor {
  file: string;
  line: number;
  mutator: string;
  original: string;
  replacement: string;
  status: 'Survived' | 'NoCoverage';
}

/** Counts and score of one module's run. */
export interface ModuleSummary {
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Survivors matched by an entry of the equivalent list (not counted against the score). */
  equivalent: number;
  /** Mutants the TypeScript checker rejected, and ones that crashed the runner: not counted. */
  invalid: number;
  ignored: number;
  /** Stryker's score: detected / (detected + undetected), in percent. */
  score: number;
  /** The same with listed equivalents left out of the undetected. */
  scoreWithoutEquivalents: number;
  unexplained: Survivor[];
  /** List entries of this module that match no survivor (fixed code, or a test now kills it), among the files that ran. */
  stale: EquivalentEntry[];
}

/**
 * True when `file` (a path relative to the repository) is one of `globs`: `dir/**` and `*` patterns
 * and exact paths, later `!` patterns taking files out, as in Stryker's `mutate`.
 */
export function matchesGlobs(file: string, globs: readonly string[]): boolean {
  let matched = false;
  for (const glob of globs) {
    const negated = glob.startsWith('!');
    const pattern = (negated ? glob.slice(1) : glob).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/|\*\*|\*/g, (m) => (m === '**/' ? '(?:.*/)?' : m === '**' ? '.*' : '[^/]*'));
    if (new RegExp(`^${pattern}$`).test(file)) matched = !negated;
  }
  return matched;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Strips the Markdown code span around a table cell and unescapes `\|`. */
function cell(raw: string): string {
  const text = raw.trim();
  const ticks = /^(`+) ?([\s\S]*?) ?\1$/.exec(text);
  return (ticks ? ticks[2]! : text).replace(/\\\|/g, '|');
}

/** The rows of every Markdown table in `markdown` whose header starts with `| Module | File |`. */
export function parseEquivalents(markdown: string): EquivalentEntry[] {
  const entries: EquivalentEntry[] = [];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line.slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined).split(/(?<!\\)\|/);
    if (/^\s*Module\s*$/.test(cells[0] ?? '') && /^\s*File\s*$/.test(cells[1] ?? '')) {
      inTable = true;
      continue;
    }
    if (!inTable || /^\s*:?-+/.test(cells[0] ?? '') || cells.length < 6) continue;
    const [module, file, text, mutator, replacement, ...why] = cells.map(cell);
    entries.push({ module: module!, file: file!, line: squash(text!), mutator: mutator!, replacement: squash(replacement!), why: why.join('|') });
  }
  return entries;
}

function sourceLine(source: string, line: number): string {
  return squash(source.split('\n')[line - 1] ?? '');
}

function originalText(source: string, m: ReportMutant): string {
  const lines = source.split('\n');
  const { start, end } = m.location;
  if (start.line === end.line) return lines[start.line - 1]!.slice(start.column - 1, end.column - 1);
  return [lines[start.line - 1]!.slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1]!.slice(0, end.column - 1)].join('\n');
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);

/**
 * Summarises the files of `report` that `globs` match (the module's `mutate` patterns), setting
 * aside survivors that `equivalents` lists for `module`. Entries for the files of `notRun` (files
 * of the module not mutated yet) are not called stale: nothing has tested them.
 */
export function summarise(report: StrykerReport, module: string, globs: readonly string[], equivalents: EquivalentEntry[], notRun: ReadonlySet<string> = new Set()): ModuleSummary {
  const mine = equivalents.filter((e) => e.module === module);
  const used = new Set<EquivalentEntry>();
  const s: ModuleSummary = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, equivalent: 0, invalid: 0, ignored: 0, score: 0, scoreWithoutEquivalents: 0, unexplained: [], stale: [] };
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    if (!matchesGlobs(file, globs)) continue;
    for (const m of mutants) {
      s.mutants++;
      if (m.status === 'Killed') s.killed++;
      else if (m.status === 'Timeout') s.timeout++;
      else if (m.status === 'CompileError' || m.status === 'RuntimeError') s.invalid++;
      else if (m.status === 'Ignored') s.ignored++;
      else if (m.status === 'Survived' || m.status === 'NoCoverage') {
        if (m.status === 'Survived') s.survived++;
        else s.noCoverage++;
        const line = sourceLine(source, m.location.start.line);
        const replacement = squash(m.replacement ?? '');
        const entry = mine.find((e) => e.file === file && e.mutator === m.mutatorName && e.line === line && e.replacement === replacement);
        if (entry) {
          s.equivalent++;
          used.add(entry);
        } else {
          s.unexplained.push({ file, line: m.location.start.line, mutator: m.mutatorName, original: originalText(source, m), replacement: m.replacement ?? '', status: m.status });
        }
      }
    }
  }
  const detected = s.killed + s.timeout;
  const undetected = s.survived + s.noCoverage;
  s.score = percent(detected, detected + undetected);
  s.scoreWithoutEquivalents = percent(detected, detected + undetected - s.equivalent);
  s.stale = mine.filter((e) => !used.has(e) && !notRun.has(e.file));
  return s;
}
