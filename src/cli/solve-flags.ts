/**
 * The flags `solve` and `collect` share — sampling (temperature, top-p, seed) and the caps of a
 * solve — parsed and described once, so both commands spell, check and default them the same way,
 * and the values sent to the server are always the ones the help names (never its own defaults).
 */
import { DEFAULT_CAPS, type SolveCaps } from '../core/lce/events';
import { numberFlag, wholeFlag, type FlagSpec } from './args';

export const SAMPLING_FLAGS = {
  temperature: { type: 'string' },
  'top-p': { type: 'string' },
  seed: { type: 'string' },
} as const satisfies FlagSpec;

export const CAP_FLAGS = {
  'max-rounds': { type: 'string' },
  'max-tokens': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'max-output-chars': { type: 'string' },
} as const satisfies FlagSpec;

/** Sampling as sent with every request; `seed` absent lets the server pick. */
export interface SamplingFlags {
  temperature: number;
  topP: number;
  seed?: number;
}

/** Reads the sampling flags, with the command's documented defaults. */
export function samplingFromFlags(command: string, values: Record<string, unknown>, defaults: SamplingFlags): SamplingFlags {
  const str = (k: string) => values[k] as string | undefined;
  const temperature = numberFlag(command, 'temperature', str('temperature'), defaults.temperature, { min: 0, max: 2, what: 'a number from 0 to 2' })!;
  const topP = numberFlag(command, 'top-p', str('top-p'), defaults.topP, { min: Number.MIN_VALUE, max: 1, what: 'a number above 0, at most 1' })!;
  const seed = str('seed') === undefined ? defaults.seed : wholeFlag(command, 'seed', str('seed'), 0, 0, 2 ** 31 - 1);
  return { temperature, topP, ...(seed !== undefined ? { seed } : {}) };
}

/** Reads the caps of one solve; every cap is at least 1. */
export function capsFromFlags(command: string, values: Record<string, unknown>): SolveCaps {
  const str = (k: string) => values[k] as string | undefined;
  return {
    maxRounds: wholeFlag(command, 'max-rounds', str('max-rounds'), DEFAULT_CAPS.maxRounds, 1, 64),
    maxTokensPerRound: wholeFlag(command, 'max-tokens', str('max-tokens'), DEFAULT_CAPS.maxTokensPerRound),
    cellTimeoutMs: wholeFlag(command, 'timeout-ms', str('timeout-ms'), DEFAULT_CAPS.cellTimeoutMs),
    maxOutputChars: wholeFlag(command, 'max-output-chars', str('max-output-chars'), DEFAULT_CAPS.maxOutputChars),
  };
}

const line = (flag: string, help: string) => `  ${flag.padEnd(24)} ${help}`;

/** The --help lines of the sampling flags, with this command's defaults. */
export function samplingHelp(defaults: SamplingFlags, seedHelp: string): string {
  return [
    line('--temperature T', `sampling temperature, 0 to 2 (default ${defaults.temperature})`),
    line('--top-p P', `nucleus sampling, above 0 and at most 1 (default ${defaults.topP})`),
    line('--seed S', seedHelp),
  ].join('\n');
}

/** The --help lines of the caps. */
export function capsHelp(): string {
  return [
    line('--max-rounds N', `rounds of text + code, 1 to 64 (default ${DEFAULT_CAPS.maxRounds})`),
    line('--max-tokens N', `tokens the model may write per round (default ${DEFAULT_CAPS.maxTokensPerRound})`),
    line('--timeout-ms N', `time limit of one code cell in ms (default ${DEFAULT_CAPS.cellTimeoutMs})`),
    line('--max-output-chars N', `characters of a cell's output fed back to the model, head + tail (default ${DEFAULT_CAPS.maxOutputChars})`),
  ].join('\n');
}
