/**
 * How a command's error reaches the terminal: one line that starts with the command, never with a
 * class name, and the exit code that says what kind of failure it was (see exit-codes.ts).
 */
import { isAbortError } from '../core/errors';
import { EXIT } from './exit-codes';

/** Errors of src/core/errors.ts whose message is already a sentence for the user. */
const SAYS_WHAT_TO_DO = new Set(['EngineUnavailableError', 'EngineRequestError', 'ModelLoadError', 'ContextWindowError', 'SandboxError', 'StorageFullError', 'StorageError']);

/** The exit code and the line to print for an error a command threw. */
export function describeFailure(command: string, err: unknown, env: NodeJS.ProcessEnv = process.env): { code: number; text: string } {
  const where = command ? `lce ${command}` : 'lce';
  if (isAbortError(err)) return { code: EXIT.interrupted, text: `${where}: interrupted.` };
  const e = (typeof err === 'object' && err !== null ? err : {}) as { name?: string; message?: string; stack?: string };
  const message = asSentence(e.message ?? String(err));
  const line = message.startsWith(`${where}:`) ? message : `${where}: ${message}`;
  if (e.name === 'InvalidInputError') return { code: EXIT.usage, text: line };
  if (e.name !== undefined && SAYS_WHAT_TO_DO.has(e.name)) return { code: EXIT.failure, text: line };
  // Anything else is a bug of ours or of a library: say so, and where to look.
  const detail = env.LCE_DEBUG ? `\n${e.stack ?? ''}` : ' (run with LCE_DEBUG=1 to see where)';
  return { code: EXIT.failure, text: `${where}: unexpected ${e.name ?? 'error'}: ${message}${detail}` };
}

/** One full stop at the end, whatever the message ended with. */
export function asSentence(text: string): string {
  const t = text.trimEnd().replace(/\.{2,}$/, '.');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
