/**
 * `lce grade --in FILE.jsonl [--out FILE.jsonl] [--rules-only] [--timeout-ms N]`: judges each line
 * `{id, pred, gold, question?}` with the critic and writes `{id, equal, method, reason}` per line in
 * the same order, each as soon as it is judged. sympy (through the Node Pyodide runner) settles what
 * the rules leave uncertain; the sandbox starts only when a pair needs it. A malformed line gets an
 * error record and the others go on (exit code 3).
 */
import { createSympyChecker, judge, type SymbolicChecker, type Verdict } from '../../core/critic';
import { createNodePythonRunner, type NodePythonRunner } from '../../sandbox/node/node-python-runner';
import { exclusiveFlags, parseFlags, readInputFile, requiredFlag, wholeFlag } from '../args';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes';
import { listenForInterrupt } from '../interrupt';
import { checkOutputPath, fileLines, stdoutLines } from '../output';
import { createStatusLine, type StatusLine } from '../status-line';

export const summary = 'Judge answer pairs {id, pred, gold, question?} from a JSONL file with the critic.';

export const usage = `Usage: lce grade --in FILE.jsonl [--out FILE.jsonl] [--rules-only | --symbolic] [--timeout-ms N]

Each input line: {"id": ..., "pred": "answer or whole response", "gold": "reference", "question"?: "..."}
(an optional boolean "label" adds accuracy / false YES / false NO to the summary).
Each output line, same order, written as soon as it is judged: {"id", "equal": true|false|null, "method", "reason"}.
  --in FILE          the JSONL file ("-" reads standard input)
  --out FILE         write results there instead of standard output (checked before grading starts)
  --rules-only       never start the Python sandbox (no sympy stage)
  --symbolic         use sympy for what the rules leave uncertain (the default)
  --timeout-ms N     bound for one symbolic check in ms, at least 1 (default 3000)
A summary goes to standard error. If the sandbox fails, grading goes on with the rules only (a warning says so).

${EXIT_CODES_HELP}
`;

/** One usable input line. */
export interface GradeLine {
  id: string | number;
  pred: string;
  gold: string;
  question?: string;
  label?: boolean;
}

/** Parses one input line, or returns the sentence that says what is wrong with it. */
export function parseGradeLine(text: string, lineNo: number): GradeLine | { id: string | number; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { id: `line-${lineNo}`, error: `line ${lineNo} is not JSON; write one {"id", "pred", "gold"} object per line` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { id: `line-${lineNo}`, error: `line ${lineNo} is not a JSON object` };
  const o = data as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : `line-${lineNo}`;
  const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
  const pred = asText(o.pred);
  const gold = asText(o.gold);
  if (pred === null) return { id, error: `line ${lineNo} has no "pred" string` };
  if (gold === null) return { id, error: `line ${lineNo} has no "gold" string` };
  if (o.question !== undefined && typeof o.question !== 'string') return { id, error: `line ${lineNo}: "question" must be a string` };
  return { id, pred, gold, ...(typeof o.question === 'string' ? { question: o.question } : {}), ...(typeof o.label === 'boolean' ? { label: o.label } : {}) };
}

/** A SymbolicChecker that starts the Node sandbox on first use. */
function lazySympy(timeoutMs: number, status: StatusLine): { checker: SymbolicChecker; dispose(): Promise<void> } {
  let runner: NodePythonRunner | null = null;
  let inner: SymbolicChecker | null = null;
  let broken = false;
  return {
    checker: {
      async check(pairs, options) {
        // A sandbox that failed once is not restarted for every pair: the rules' verdicts stand.
        if (broken) return pairs.map(() => null);
        if (!inner) {
          runner = createNodePythonRunner();
          inner = createSympyChecker(runner, { timeoutMs });
        }
        try {
          return await inner.check(pairs, options);
        } catch (err) {
          broken = true;
          status.log(`lce grade: the Python sandbox failed (${(err as Error).message}); going on with the rules only.`);
          return pairs.map(() => null);
        }
      },
    },
    dispose: async () => {
      if (runner) await runner.dispose();
    },
  };
}

type Stats = { yes: number; no: number; undecided: number; errors: number; labelled: number; correct: number; falseYes: number; falseNo: number };

function count(stats: Stats, methods: Record<string, number>, v: Verdict, label: boolean | undefined): void {
  if (v.equal === true) stats.yes++;
  else if (v.equal === false) stats.no++;
  else stats.undecided++;
  methods[v.method] = (methods[v.method] ?? 0) + 1;
  if (label === undefined) return;
  stats.labelled++;
  const said = v.equal === true;
  if (said === label) stats.correct++;
  else if (said) stats.falseYes++;
  else stats.falseNo++;
}

function summaryLines(stats: Stats, methods: Record<string, number>): string {
  const total = stats.yes + stats.no + stats.undecided;
  const parts = [`lce grade: ${total} pairs — ${stats.yes} YES, ${stats.no} NO, ${stats.undecided} undecided, ${stats.errors} unusable lines`];
  parts.push(`methods: ${Object.entries(methods).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  if (stats.labelled > 0) {
    parts.push(`labelled ${stats.labelled}: accuracy ${(stats.correct / stats.labelled).toFixed(4)}, false YES ${stats.falseYes}, false NO ${stats.falseNo} (undecided counts as NO)`);
  }
  return parts.join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('grade', args, {
    in: { type: 'string' },
    out: { type: 'string' },
    'rules-only': { type: 'boolean' },
    symbolic: { type: 'boolean' },
    'timeout-ms': { type: 'string' },
  });
  const input = requiredFlag('grade', flags.in, '--in FILE.jsonl');
  exclusiveFlags('grade', flags, ['rules-only', 'symbolic']);
  const timeoutMs = wholeFlag('grade', 'timeout-ms', flags['timeout-ms'], 3000);
  if (flags.out !== undefined) checkOutputPath('grade', 'out', flags.out);
  const lines = readInputFile('grade', 'in', input).split('\n');
  const total = lines.filter((l) => l.trim() !== '').length;
  const status = createStatusLine();
  const interrupt = listenForInterrupt(() => status.log('lce grade: stopping after this pair (Ctrl-C again to quit now)…'));
  const sympy = flags['rules-only'] ? null : lazySympy(timeoutMs, status);
  const out = flags.out !== undefined ? await fileLines(flags.out) : stdoutLines();
  const stats: Stats = { yes: 0, no: 0, undecided: 0, errors: 0, labelled: 0, correct: 0, falseYes: 0, falseNo: 0 };
  const methods: Record<string, number> = {};
  let done = 0;
  try {
    for (let i = 0; i < lines.length && !interrupt.signal.aborted; i++) {
      const raw = lines[i]!.trim();
      if (raw.length === 0) continue;
      status.update(`lce grade: ${done} of ${total} pairs judged`);
      const line = parseGradeLine(raw, i + 1);
      if ('error' in line) {
        stats.errors++;
        status.log(`lce grade: ${line.error}; it gets a record with "equal": null`);
        await out.write(JSON.stringify({ id: line.id, equal: null, method: 'none', reason: `Not graded: ${line.error}.`, error: line.error }));
      } else {
        const v: Verdict = await judge(line.pred, line.gold, { question: line.question, symbolic: sympy?.checker ?? null, timeoutMs });
        await out.write(JSON.stringify({ id: line.id, equal: v.equal, method: v.method, reason: v.reason }));
        count(stats, methods, v, line.label);
      }
      done++;
    }
  } finally {
    status.clear();
    interrupt.dispose();
    await out.close();
    await sympy?.dispose();
  }
  process.stderr.write(summaryLines(stats, methods));
  if (interrupt.signal.aborted) {
    process.stderr.write(`lce grade: interrupted after ${done} of ${total} pairs; their results are written.\n`);
    return EXIT.interrupted;
  }
  return stats.errors > 0 ? EXIT.partial : EXIT.ok;
}
