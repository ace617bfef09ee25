/** Starts workers/llm.worker.ts as a module worker; the URL form lets Vite bundle it. */
import type { LlmWorkerLike } from './worker-session';

/** A new web-llm worker (one per loaded model). */
export function createLlmWorker(): LlmWorkerLike {
  return new Worker(new URL('../../../workers/llm.worker.ts', import.meta.url), { type: 'module', name: 'llm' });
}
