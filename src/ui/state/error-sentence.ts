/** Turns any failure into one clear sentence for the page; a cancellation gives null (not shown). */
import { isAbortError } from '../../core/errors';

const ADVICE: Record<string, string> = {
  EngineUnavailableError: 'Pick another engine or model in the settings.',
  EngineRequestError: 'Check that the server is running, its address is right and it allows this page (CORS).',
  ModelLoadError: 'Check the network and free storage, then try again or choose a smaller model.',
  ContextWindowError: 'Lower the round or token caps and try again.',
  SandboxError: 'Reload the page to restart Python.',
  InvalidInputError: 'Fix the input and try again.',
};

function ensureSentence(text: string): string {
  const t = text.trim();
  if (!t) return '';
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** A sentence that says what went wrong and what to do, or null for an AbortError. */
export function errorSentence(error: unknown): string | null {
  if (isAbortError(error)) return null;
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  const raw =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error ?? '');
  const message = ensureSentence(raw) || 'Something went wrong.';
  if (name === 'TypeError' && /fetch/i.test(raw)) {
    return `${message} The server could not be reached: check its address, that it is running and that it allows this page (CORS).`;
  }
  const advice = ADVICE[name];
  // Our own errors usually say what to do in a second sentence; add advice only to a bare reason.
  const saysWhatToDo = /[.!?]\)?\s+[A-Z]/.test(message.replace(/\([^)]*\)/g, ''));
  if (advice && !saysWhatToDo) return `${message} ${advice}`;
  return message;
}
