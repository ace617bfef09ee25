/**
 * Flags for every command, one way: node:util parseArgs, whose errors become sentences that name the
 * flag and the command's --help (and, under `npm run`, the `--` npm needs), and number checks that
 * refuse 0 where 0 makes no sense. Every mistake here is an `InvalidInputError`: exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { InvalidInputError } from '../core/errors';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** The error of a command's usage, named like the command (`lce solve`). */
export function usageError(command: string, detail: string): InvalidInputError {
  return new InvalidInputError(`lce ${command}`, detail);
}

/** Levenshtein distance, for "did you mean" on a mistyped flag. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The known flag closest to `flag`, when it is close enough to be a typo. */
export function nearestFlag(flag: string, known: readonly string[]): string | null {
  let best: { name: string; d: number } | null = null;
  for (const name of known) {
    const d = distance(flag, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(flag.length / 3)) ? best.name : null;
}

/**
 * Under `npm run lce` without `--`, npm takes the flags for itself (they reach us only as
 * `npm_config_*` variables) and passes their values on as stray words.
 */
export function npmAteFlags(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_lifecycle_event === 'lce';
}

const NPM_HINT = 'npm keeps the flags it sees before "--": write npm run -s lce -- <command> --flag …, or npx lce <command> --flag …';

function explain(command: string, err: Error & { code?: string }, known: readonly string[]): string {
  const help = `see lce ${command} --help`;
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(err.message)?.[1] ?? '';
    const name = flag.replace(/^-+/, '');
    const near = nearestFlag(name, known);
    return `unknown flag ${flag}${near ? `; did you mean --${near}?` : ''} (${help})`;
  }
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const word = /'([^']+)'/.exec(err.message)?.[1] ?? '';
    return npmAteFlags() ? `unexpected word "${word}". ${NPM_HINT}` : `unexpected word "${word}": every value follows its flag, e.g. --question "…" (${help})`;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--([a-z0-9-]+)/.exec(err.message)?.[1];
    if (flag && /ambiguous/.test(err.message)) return `--${flag} is followed by a value that starts with "-"; write --${flag}=VALUE if that is the value`;
    return flag ? `--${flag} needs a value (${help})` : `${err.message} (${help})`;
  }
  return `${err.message} (${help})`;
}

/** Parses `args` against `options`; every mistake becomes a sentence saying how to write it. */
export function parseFlags<T extends FlagSpec>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw usageError(command, explain(command, err as Error, Object.keys(options)));
  }
}

/** A whole number flag of at least `min` (default 1: a limit of 0 would fail every item), or `fallback`. */
export function wholeFlag(command: string, flag: string, value: string | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw usageError(command, `--${flag} must be a whole number ${range}, got "${value}"`);
  }
  return n;
}

/** A number flag within [min, max], or `fallback`. */
export function numberFlag(command: string, flag: string, value: string | undefined, fallback: number | undefined, range: { min: number; max: number; what: string }): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < range.min || n > range.max) throw usageError(command, `--${flag} must be ${range.what}, got "${value}"`);
  return n;
}

/** Refuses flags that contradict each other, instead of silently letting one win. */
export function exclusiveFlags(command: string, values: Record<string, unknown>, flags: readonly string[]): void {
  const given = flags.filter((f) => values[f] !== undefined && values[f] !== false);
  if (given.length > 1) throw usageError(command, `${given.map((f) => `--${f}`).join(' and ')} cannot be used together; choose one`);
}

/** A flag the command cannot run without. */
export function requiredFlag<T>(command: string, value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw usageError(command, `${what} is required (see lce ${command} --help)`);
  return value;
}

/** Reads a UTF-8 input file (`-` = standard input) or throws a clear error naming the flag. */
export function readInputFile(command: string, flag: string, path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw usageError(command, `cannot read --${flag} ${path}: ${why}`);
  }
}
