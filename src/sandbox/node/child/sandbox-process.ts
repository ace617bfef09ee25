/**
 * Main thread of the Node sandbox process. It runs no Python and no user code: it starts the
 * Python thread, relays messages between it and the host unchanged, and owns the interrupt byte
 * shared with that thread (a SharedArrayBuffer cannot cross processes, so the host asks for an
 * interrupt by message). When the Python thread dies, it tells the host why and exits.
 */
import { Worker } from 'node:worker_threads';
import type { PythonThreadData, SandboxExit } from '../sandbox-host.api';

const config = JSON.parse(process.argv[2] ?? '{}') as Omit<PythonThreadData, 'interrupt'>;
const interrupt = new Uint8Array(new SharedArrayBuffer(1));
const send = (message: unknown, then?: () => void): void => {
  if (process.connected) process.send!(message, undefined, {}, () => then?.());
  else then?.();
};

let ending = false;
function end(reason: string): void {
  if (ending) return;
  ending = true;
  send({ ctl: 'exit', reason } satisfies SandboxExit, () => process.exit(1));
}

const thread = new Worker(new URL('./python-thread.mjs', import.meta.url), {
  workerData: { ...config, interrupt } satisfies PythonThreadData,
  env: {},
});
thread.on('message', (message: unknown) => send(message));
thread.on('error', (err: Error) => end(`the Python thread failed: ${err.message}`));
thread.on('exit', (code: number) => end(`the Python thread exited with code ${code}`));

process.on('message', (message: unknown) => {
  const ctl = (message as { ctl?: unknown } | null)?.ctl;
  if (ctl === 'interrupt') interrupt[0] = 2;
  else if (ctl === 'clear') interrupt[0] = 0;
  else thread.postMessage(message);
});
// The host is gone (or closed the channel): nobody is left to answer.
process.on('disconnect', () => process.exit(0));
