/**
 * Python runs only once its worker is under the sandbox's Content-Security-Policy — the barrier that
 * keeps model-written code off the network (no `import()` of a remote module, no string-to-code). On
 * a host that sends no headers the service worker supplies that CSP, so on a first visit Python waits
 * until the service worker controls the page; then the worker's own start-up report (it tries to
 * compile a string before Python exists) must say code from strings is blocked before any cell runs.
 * Python cannot be asked instead: its `js` namespace refuses such escapes before the CSP is reached.
 * Without the CSP, cells are refused with a sentence.
 */
import { AbortError, SandboxError } from '../../core/errors';
import type { PythonRunner } from '../../core/ports/python-runner';
import type { WorkerInfo } from '../../sandbox/python-worker.api';

/** A runner the page can start ahead of the first cell. */
export interface StartableRunner extends PythonRunner {
  start(): Promise<WorkerInfo>;
}

/** Why cells are refused, with what to do. `why` says why no service worker supplies the headers. */
export function refusalSentence(why: string | null): string {
  return (
    'Python cells are refused here: the Python worker would run without its Content-Security-Policy, the barrier that keeps model-written code off the network. ' +
    `This host does not send it${why ? `, and no service worker can add it (${why})` : ''}. ` +
    'Open the app in a normal (not private) window over https or localhost, or serve it with the headers listed in the README.'
  );
}

export interface SandboxGuardOptions {
  /** Creates the real runner (the browser's Python worker bridge). */
  create(): StartableRunner;
  /** Whether the page is cross-origin isolated: then the host (or the service worker) already sends the headers. */
  isolated: boolean;
  /** Resolves when the service worker controls the page; rejects with the reason when it never will. */
  controlled: Promise<void>;
}

/** Wraps the runner so that no cell runs before the CSP is verified in the worker. */
export function guardSandbox(options: SandboxGuardOptions): StartableRunner {
  let ready: Promise<StartableRunner> | null = null;

  async function prepare(): Promise<StartableRunner> {
    let why: string | null = null;
    // Not isolated: the host sends no headers, so they come from the service worker once it controls the page.
    if (!options.isolated) await options.controlled.catch((err: Error) => (why = err.message));
    const runner = options.create();
    const info = await runner.start();
    if (info.codeFromStrings === 'blocked') return runner;
    await runner.dispose();
    throw new SandboxError(refusalSentence(why));
  }

  function runner(): Promise<StartableRunner> {
    if (!ready) {
      const attempt = prepare();
      ready = attempt;
      // A refusal is not final: the service worker may take control later (after a reload).
      attempt.catch(() => {
        if (ready === attempt) ready = null;
      });
    }
    return ready;
  }

  // Waiting for the service worker can take a while on a first visit: a Stop must not wait for it.
  function runnerOrAbort(signal: AbortSignal | undefined): Promise<StartableRunner> {
    if (!signal) return runner();
    if (signal.aborted) return Promise.reject(new AbortError('The Python cell'));
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(new AbortError('The Python cell'));
      signal.addEventListener('abort', onAbort, { once: true });
      runner().then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  return {
    start: async () => (await runner()).start(),
    run: async (code, opts) => (await runnerOrAbort(opts?.signal)).run(code, opts),
    // Nothing to forget before Python started; resetting must not start it.
    reset: async (session) => {
      const current = ready;
      if (current) await (await current).reset(session);
    },
    dispose: async () => {
      const current = ready;
      ready = null;
      await current?.then((r) => r.dispose(), () => undefined);
    },
  };
}
