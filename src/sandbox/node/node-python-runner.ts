/**
 * The Node PythonRunner (CLI, tests, benchmarks): the shared runtime in a sandbox process of its
 * own (Node's permission model, no code generation from strings, an empty network namespace where
 * the kernel allows it, a stripped JavaScript world; see docs/readme/sandbox.md), with the same
 * watchdog as the browser: interrupt, then kill the process and use the standby.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { wrap } from 'comlink';
import type { PythonWorkerApi } from '../python-worker.api';
import { PythonSupervisor, type Interrupter, type SpawnedWorker } from '../host/supervisor';
import { serveHost } from './host-rpc';
import { channelEndpoint, childCarrier } from './node-endpoint';
import { PYODIDE_CDN_URL } from '../runtime/packages';
import { PACKAGE_CACHE_DIR } from './online-packages';
import { WHEELS_DIR, ZIPS_DIR } from './package-build';
import { createSandboxHost } from './sandbox-host';
import { sandboxCommand, type Protection } from './sandbox-launch';
import type { SandboxControl, SandboxExit } from './sandbox-host.api';

/** Options of createNodePythonRunner; every field has a default. */
export interface NodePythonRunnerOptions {
  /** Default per-cell limit in ms (10 s). */
  timeoutMs?: number;
  /** Default cap on captured stdout + stderr bytes together (64 KiB). */
  maxOutputBytes?: number;
  /** How long an interrupted cell may take to stop before the sandbox process is killed (400 ms). */
  graceMs?: number;
  /** Let the host download numpy from Pyodide's CDN for a cell that imports it (default true). */
  online?: boolean;
  /** Directory of the compiled package zips (default public/pyodide-packages). */
  packagesDir?: string;
  /** Compile missing package zips when a sandbox starts (default true; false: import from the wheels, slowly). */
  compilePackages?: boolean;
  /** Keep an idle standby sandbox so a killed one is replaced at once (default true). */
  standby?: boolean;
  /**
   * Run the sandbox in an empty network namespace when the kernel allows it (default true). False
   * only for tests that prove the other layers hold on their own.
   */
  networkNamespace?: boolean;
}

/** A Node runner with `start()` to warm the sandbox ahead of the first cell. */
export class NodePythonRunner extends PythonSupervisor {
  /** The protections each sandbox process of this runner runs under. */
  readonly protections: readonly Protection[];

  constructor(options: NodePythonRunnerOptions = {}) {
    const online = options.online !== false;
    const packageCacheDir = online ? PACKAGE_CACHE_DIR : null;
    if (packageCacheDir) mkdirSync(packageCacheDir, { recursive: true });
    const packagesDir = options.packagesDir ?? ZIPS_DIR;
    // The permission model grants only paths that exist when the sandbox starts.
    mkdirSync(packagesDir, { recursive: true });
    const command = sandboxCommand({ packageCacheDir, packagesDir, wheelsDir: WHEELS_DIR, ...(options.networkNamespace !== undefined ? { networkNamespace: options.networkNamespace } : {}) });
    const onlinePackagesUrl = online ? PYODIDE_CDN_URL : null;
    super({
      spawn: () => spawnSandbox(command, { packagesDir, onlinePackagesUrl, packageCacheDir }),
      init: { compileMissing: options.compilePackages !== false, onlinePackagesUrl },
      // A first start on a fresh clone also compiles the package zips (or waits for another process to).
      startLimitMs: 600_000,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxOutputBytes !== undefined ? { maxOutputBytes: options.maxOutputBytes } : {}),
      ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}),
      ...(options.standby !== undefined ? { standby: options.standby } : {}),
    });
    this.protections = command.protections;
  }
}

/** The last bytes a sandbox process wrote to stderr, for the reason of a failed start. */
const STDERR_TAIL_BYTES = 2000;

function spawnSandbox(command: { command: string; args: string[] }, hostOptions: Parameters<typeof createSandboxHost>[0]): SpawnedWorker {
  const child = spawn(command.command, command.args, {
    // No environment (tokens, keys), no working directory of interest, no stdin; stderr kept for the reason of a crash.
    env: {},
    cwd: '/',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
  });
  const carrier = childCarrier(child);
  const host = createSandboxHost(hostOptions);
  serveHost(carrier, host);
  let told: string | null = null;
  child.on('message', (m: unknown) => {
    // Untrusted, like every message from the sandbox: only a short string is kept.
    if ((m as SandboxExit | null)?.ctl === 'exit' && typeof (m as SandboxExit).reason === 'string') told = (m as SandboxExit).reason.slice(0, 300);
  });
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => resolve(`the sandbox process could not start: ${err.message}`));
    child.once('exit', (code, signal) => {
      const last = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
      resolve(told ?? `the sandbox process exited (${signal ?? `code ${code}`})${last ? `: ${last}` : ''}`);
    });
  });
  void exited.then(() => host.endStartup());
  const remote = wrap<PythonWorkerApi>(channelEndpoint(carrier, 'api', true));
  const api = holdWhileBusy(child, remote);
  const init = api.init;
  api.init = async (...args) => {
    try {
      return await init(...args);
    } finally {
      // From here on the sandbox may run user code: it can no longer store zips.
      host.endStartup();
    }
  };
  return {
    api,
    terminate: () => void child.kill('SIGKILL'),
    exited,
    interrupter: messageInterrupter(carrier),
  };
}

/** Interrupts by message; `clear` costs a message only after a `raise` (it runs after every cell). */
function messageInterrupter(carrier: ReturnType<typeof childCarrier>): Interrupter {
  let raised = false;
  return {
    raise: () => {
      raised = true;
      carrier.send({ ctl: 'interrupt' } satisfies SandboxControl);
    },
    clear: () => {
      if (!raised) return;
      raised = false;
      carrier.send({ ctl: 'clear' } satisfies SandboxControl);
    },
  };
}

/**
 * An idle runner must not keep a CLI alive (nobody has to call dispose), but a pending call must:
 * the process and its channel are ref'd exactly while a call is in flight.
 */
function holdWhileBusy(child: ChildProcess, remote: SpawnedWorker['api']): SpawnedWorker['api'] {
  let busy = 0;
  const channel = (child as ChildProcess & { channel?: { ref(): void; unref(): void } }).channel;
  const setRef = (on: boolean): void => {
    if (on) {
      child.ref();
      channel?.ref();
    } else {
      child.unref();
      channel?.unref();
    }
  };
  setRef(false);
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  const hold = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    if (busy++ === 0) setRef(true);
    try {
      return await fn(...args);
    } finally {
      if (--busy === 0) setRef(false);
    }
  };
  return { init: hold(remote.init), prepare: hold(remote.prepare), run: hold(remote.run), reset: hold(remote.reset) };
}

/** Creates a PythonRunner over a Node sandbox process running Pyodide. */
export function createNodePythonRunner(options: NodePythonRunnerOptions = {}): NodePythonRunner {
  return new NodePythonRunner(options);
}
