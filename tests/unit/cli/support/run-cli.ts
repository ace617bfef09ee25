/**
 * The CLI as a user runs it: a real child process (`node --import tsx src/cli/main.ts …`, what
 * `npx lce` and `npm run -s lce --` start), with its exit code and its two streams kept apart.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Extra environment (npm's variables are removed unless given here). */
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
}

/** Starts `lce …` and returns the child, for tests that signal it. */
export function startCli(args: string[], options: CliOptions = {}): ChildProcessWithoutNullStreams {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))) as Record<string, string>;
  // A process group of its own, so `interruptLikeATerminal` can signal it and its children together.
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...env, ...options.env }, detached: true });
  if (options.input !== undefined) child.stdin.end(options.input);
  else child.stdin.end();
  return child;
}

/**
 * Ctrl-C as a terminal sends it: SIGINT to the whole foreground process group — the CLI and every
 * process it started (the Python sandbox) — not to the CLI alone.
 */
export function interruptLikeATerminal(child: ChildProcessWithoutNullStreams): void {
  process.kill(-child.pid!, 'SIGINT');
}

/** Collects what a started child writes until it exits. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `lce …` to the end. */
export function runCli(args: string[], options: CliOptions = {}): Promise<Ran> {
  return finished(startCli(args, options));
}

/** Lines of JSON on standard output, parsed (a line that is not JSON fails the test). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Single-quotes `s` for a POSIX shell. */
const shellQuote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/**
 * Runs `lce …` with standard error on a pseudo-terminal (util-linux `script`), standard output
 * redirected to `stdoutFile`: what a user sees in a terminal while results go to a file or a pipe.
 * Returns what the terminal showed.
 */
export function runInTerminal(args: string[], stdoutFile: string): Promise<Ran> {
  const command = [process.execPath, '--import', 'tsx', MAIN, ...args].map(shellQuote).join(' ');
  const child = spawn('script', ['-qfec', `${command} > ${shellQuote(stdoutFile)}`, '/dev/null'], {
    cwd: ROOT,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))), TERM: 'xterm', COLUMNS: '160' },
  });
  child.stdin.end();
  return finished(child);
}
