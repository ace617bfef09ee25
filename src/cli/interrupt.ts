/**
 * Ctrl-C, the same in every command: the first one asks the command to stop cleanly (what is
 * finished is kept, files are closed, the exit code is 130); a second one quits at once.
 */
import { EXIT } from './exit-codes';

export interface Interrupt {
  signal: AbortSignal;
  /** Stops listening (the command is done). */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until `dispose`; `onFirst` tells the user what is happening. */
export function listenForInterrupt(onFirst: () => void = () => undefined): Interrupt {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    onFirst();
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
