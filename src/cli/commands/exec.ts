/**
 * `lce exec --cells FILE.jsonl`: runs each line `{code, timeoutMs?, session?}` in order in the Node
 * Python sandbox (one session unless named) and prints one JSON result per line. Python exceptions
 * and timeouts are results, so the exit code is 0 even when Python raised; it is 2 when a line could
 * not be used (that line gets an `invalid` record, every other line still runs).
 */
import { InvalidInputError } from '../../core/errors';
import { createNodePythonRunner } from '../../sandbox/node/node-python-runner';
import { intFlag, parseFlags, readInputFile } from '../args';

export const summary = 'Run Python cells from a JSONL file in the Pyodide sandbox; one JSON result per line.';

const USAGE = `Usage: lce exec --cells FILE.jsonl [--timeout-ms N] [--max-output-bytes N] [--offline]

Each line of FILE is a JSON object {"code": "...", "timeoutMs"?: N, "session"?: "name"}.
Cells run in order; cells without "session" share the session "default" (globals persist like a
Jupyter kernel). Prints one JSON object per input line:
  {"line", "session", "stdout", "stderr", "value", "error", "ms", "truncated", "sessionLost"?}
or {"line", "invalid": "why"} for a line that is not such an object (exit code 2, other lines still run).

  --cells FILE            the JSONL file ("-" reads standard input)
  --timeout-ms N          default time limit per cell (default 10000)
  --max-output-bytes N    cap per output stream, head + tail kept (default 65536)
  --offline               never try Pyodide's CDN (numpy then fails at once with a clear error)
`;

/** One usable input line. */
interface CellLine {
  code: string;
  timeoutMs?: number;
  session?: string;
}

/** Parses one line into a cell, or returns the sentence that says what is wrong with it. */
export function parseCellLine(text: string): CellLine | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return `not valid JSON (${(err as Error).message}); write one object per line, e.g. {"code": "print(1)"}`;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object; expected {"code": "...", "timeoutMs"?: N, "session"?: "name"}';
  const o = data as Record<string, unknown>;
  if (typeof o.code !== 'string') return '"code" is missing or not a string';
  if (o.timeoutMs !== undefined && (typeof o.timeoutMs !== 'number' || !(o.timeoutMs > 0))) return '"timeoutMs" must be a positive number of milliseconds';
  if (o.session !== undefined && (typeof o.session !== 'string' || o.session === '')) return '"session" must be a non-empty string';
  const cell: CellLine = { code: o.code };
  if (o.timeoutMs !== undefined) cell.timeoutMs = o.timeoutMs as number;
  if (o.session !== undefined) cell.session = o.session as string;
  return cell;
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('exec', args, {
    cells: { type: 'string' },
    'timeout-ms': { type: 'string' },
    'max-output-bytes': { type: 'string' },
    offline: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!flags.cells) throw new InvalidInputError('lce exec', '--cells FILE.jsonl is required (see lce exec --help)');
  const timeoutMs = intFlag('exec', 'timeout-ms', flags['timeout-ms'], 10_000);
  const maxOutputBytes = intFlag('exec', 'max-output-bytes', flags['max-output-bytes'], 64 * 1024);
  const lines = readInputFile('exec', 'cells', flags.cells).split(/\r?\n/);
  const runner = createNodePythonRunner({ timeoutMs, maxOutputBytes, online: !flags.offline });
  let invalid = 0;
  try {
    for (const [i, text] of lines.entries()) {
      if (text.trim() === '') continue;
      const line = i + 1;
      const cell = parseCellLine(text);
      if (typeof cell === 'string') {
        invalid += 1;
        process.stderr.write(`lce exec: line ${line} of ${flags.cells} skipped: ${cell}\n`);
        process.stdout.write(JSON.stringify({ line, invalid: cell }) + '\n');
        continue;
      }
      const session = cell.session ?? 'default';
      const result = await runner.run(cell.code, { session, ...(cell.timeoutMs !== undefined ? { timeoutMs: cell.timeoutMs } : {}) });
      process.stdout.write(JSON.stringify({ line, session, ...result }) + '\n');
    }
  } finally {
    await runner.dispose();
  }
  return invalid > 0 ? 2 : 0;
}
