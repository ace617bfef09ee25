/** Small flag parser for the CLI (node:util parseArgs with errors turned into InvalidInputError). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { InvalidInputError } from '../core/errors';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** Parses `args` against `options`; unknown flags and missing values become a clear InvalidInputError. */
export function parseFlags<T extends FlagSpec>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new InvalidInputError(`lce ${command}`, (err as Error).message);
  }
}

/** Parses a non-negative integer flag value or throws a clear error naming the flag. */
export function intFlag(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidInputError(`lce ${command}`, `--${flag} must be a whole number, got "${value}"`);
  return n;
}

/** Reads a UTF-8 input file (`-` = standard input) or throws a clear error naming the flag. */
export function readInputFile(command: string, flag: string, path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (err) {
    throw new InvalidInputError(`lce ${command}`, `cannot read --${flag} ${path} (${(err as Error).message}); check the path`);
  }
}
