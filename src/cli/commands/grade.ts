/**
 * `lce grade --in FILE.jsonl [--out FILE.jsonl] [--rules-only] [--timeout-ms N]`: judges each line
 * `{id, pred, gold, question?}` with the critic and writes `{id, equal, method, reason}` per line in
 * the same order. sympy (through the Node Pyodide runner) settles what the rules leave uncertain;
 * the sandbox starts only when a pair needs it. A malformed line gets an error record and the
 * others go on; the exit code is non-zero only when the input file itself cannot be used.
 */
import { writeFileSync } from 'node:fs';
import { InvalidInputError } from '../../core/errors';
import { createSympyChecker, judge, type SymbolicChecker, type Verdict } from '../../core/critic';
import { createNodePythonRunner, type NodePythonRunner } from '../../sandbox/node/node-python-runner';
import { intFlag, parseFlags, readInputFile } from '../args';

export const summary = 'Judge answer pairs {id, pred, gold, question?} from a JSONL file with the critic.';

const USAGE = `Usage: lce grade --in FILE.jsonl [--out FILE.jsonl] [--rules-only] [--timeout-ms N]

Each input line: {"id": ..., "pred": "answer or whole response", "gold": "reference", "question"?: "..."}
(an optional boolean "label" adds accuracy / false YES / false NO to the summary).
Each output line, same order: {"id", "equal": true|false|null, "method", "reason"}.
  --in FILE          the JSONL file ("-" reads standard input)
  --out FILE         write results there instead of standard output
  --rules-only       never start the Python sandbox (no sympy stage)
  --symbolic         use sympy for what the rules leave uncertain (the default)
  --timeout-ms N     bound for one symbolic check (default 3000)
A summary goes to standard error.
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
function lazySympy(timeoutMs: number): { checker: SymbolicChecker; dispose(): Promise<void> } {
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
          process.stderr.write(`grade: the Python sandbox failed (${(err as Error).message}); continuing with the rules only.\n`);
          return pairs.map(() => null);
        }
      },
    },
    dispose: async () => {
      if (runner) await runner.dispose();
    },
  };
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('grade', args, {
    in: { type: 'string' },
    out: { type: 'string' },
    'rules-only': { type: 'boolean', default: false },
    symbolic: { type: 'boolean', default: false },
    'timeout-ms': { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!flags.in) throw new InvalidInputError('lce grade', 'give the pairs file with --in FILE.jsonl (see --help)');
  const timeoutMs = intFlag('grade', 'timeout-ms', flags['timeout-ms'], 3000);
  const text = readInputFile('grade', 'in', flags.in);
  const sympy = flags['rules-only'] ? null : lazySympy(timeoutMs);
  const results: string[] = [];
  const stats = { yes: 0, no: 0, undecided: 0, errors: 0, labelled: 0, correct: 0, falseYes: 0, falseNo: 0 };
  const methods: Record<string, number> = {};
  try {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!.trim();
      if (raw.length === 0) continue;
      const line = parseGradeLine(raw, i + 1);
      if ('error' in line) {
        stats.errors++;
        results.push(JSON.stringify({ id: line.id, equal: null, method: 'none', reason: `Not graded: ${line.error}.`, error: line.error }));
        continue;
      }
      const v: Verdict = await judge(line.pred, line.gold, { question: line.question, symbolic: sympy?.checker ?? null, timeoutMs });
      results.push(JSON.stringify({ id: line.id, equal: v.equal, method: v.method, reason: v.reason }));
      if (v.equal === true) stats.yes++;
      else if (v.equal === false) stats.no++;
      else stats.undecided++;
      methods[v.method] = (methods[v.method] ?? 0) + 1;
      if (line.label !== undefined) {
        stats.labelled++;
        const said = v.equal === true;
        if (said === line.label) stats.correct++;
        else if (said) stats.falseYes++;
        else stats.falseNo++;
      }
    }
  } finally {
    await sympy?.dispose();
  }
  const body = results.join('\n') + (results.length ? '\n' : '');
  if (flags.out) writeFileSync(flags.out, body);
  else process.stdout.write(body);
  const total = stats.yes + stats.no + stats.undecided;
  const parts = [`grade: ${total} pairs — ${stats.yes} YES, ${stats.no} NO, ${stats.undecided} undecided, ${stats.errors} unusable lines`];
  parts.push(`methods: ${Object.entries(methods).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  if (stats.labelled > 0) {
    parts.push(`labelled ${stats.labelled}: accuracy ${(stats.correct / stats.labelled).toFixed(4)}, false YES ${stats.falseYes}, false NO ${stats.falseNo} (undecided counts as NO)`);
  }
  process.stderr.write(parts.join('\n') + '\n');
  return 0;
}
