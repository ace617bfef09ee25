/** The self-test page's runner on `window`, typed for the e2e tests that drive it. */
import type { PythonRunner } from '../../core/ports/python-runner';
import type { WorkerInfo } from '../python-worker.api';

declare global {
  interface Window {
    /** The diagnostics page's browser PythonRunner. */
    lceSandbox: PythonRunner & { start(): Promise<WorkerInfo>; standbyReady(): Promise<void> };
  }
}

export {};
