/**
 * The closed set of exceptional errors. Expected outcomes (a wrong answer, a Python exception, an
 * unparsable line) are values with a literal `kind`, never one of these.
 *
 * Errors are matched by `name`, never by `instanceof`, because they cross worker boundaries as
 * plain objects or strings (web-llm flattens them to "ClassName: message").
 */

/** Base class: every error here has a stable `name` and a sentence that says what to do. */
export abstract class LceError extends Error {
  abstract override readonly name: string;
}

/** The user or a caller cancelled. The UI ignores it. */
export class AbortError extends LceError {
  override readonly name = 'AbortError';
  constructor(what = 'The operation') {
    super(`${what} was cancelled.`);
  }
}

/** Input that cannot be used: a bad CLI flag, an unreadable file, a malformed line. */
export class InvalidInputError extends LceError {
  override readonly name = 'InvalidInputError';
  constructor(readonly source: string, readonly detail: string) {
    super(`${source}: ${detail}`);
  }
}

/** An engine cannot run here (no WebGPU, a missing GPU feature, too little memory, no server). */
export class EngineUnavailableError extends LceError {
  override readonly name = 'EngineUnavailableError';
  constructor(readonly engine: string, readonly reason: string, readonly advice: string) {
    super(`${engine} cannot run: ${reason}. ${advice}`);
  }
}

/** A request to a running engine failed (HTTP status, refused connection, malformed stream). */
export class EngineRequestError extends LceError {
  override readonly name = 'EngineRequestError';
  constructor(readonly engine: string, readonly reason: string, readonly status?: number) {
    super(`${engine} request failed: ${reason}`);
  }
}

/** Model weights or library failed to download or initialise. */
export class ModelLoadError extends LceError {
  override readonly name = 'ModelLoadError';
  constructor(readonly model: string, readonly reason: string) {
    super(`Could not load ${model}: ${reason}`);
  }
}

/** The prompt no longer fits the model's context window. */
export class ContextWindowError extends LceError {
  override readonly name = 'ContextWindowError';
  constructor(readonly promptTokens: number, readonly windowTokens: number) {
    super(`The prompt (${promptTokens} tokens) exceeds the context window (${windowTokens}). Lower the round or token caps.`);
  }
}

/** The Python sandbox itself failed (not user code): could not start, or died and could not restart. */
export class SandboxError extends LceError {
  override readonly name = 'SandboxError';
  constructor(readonly reason: string) {
    super(`The Python sandbox failed: ${reason}`);
  }
}

/** Browser storage is full. Says how much is used and what to delete; nothing stored before is lost. */
export class StorageFullError extends LceError {
  override readonly name = 'StorageFullError';
  constructor(readonly usedBytes: number | null, readonly quotaBytes: number | null, readonly advice: string) {
    super(`Browser storage for this site is full${usage(usedBytes, quotaBytes)}. Everything stored before is kept; the last write was not saved. ${advice}`);
  }
}

/** The local database cannot be used: no IndexedDB (some private windows), or a newer version of the app holds it. */
export class StorageError extends LceError {
  override readonly name = 'StorageError';
  constructor(readonly reason: string) {
    super(`The local database cannot be used: ${reason}`);
  }
}

function usage(used: number | null, quota: number | null): string {
  if (used === null || quota === null) return '';
  const mb = (n: number) => (n >= 2 ** 30 ? `${(n / 2 ** 30).toFixed(1)} GB` : `${Math.round(n / 2 ** 20)} MB`);
  return ` (${mb(used)} used of ${mb(quota)} allowed)`;
}

/** True when `err` is a cancellation, whichever realm or worker it came from. */
export function isAbortError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}
