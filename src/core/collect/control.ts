/** Pause and cancel for a running batch: both stop it at once; they differ in what the caller records. */

export type StopRequest = 'pause' | 'cancel';

export interface BatchControl {
  readonly signal: AbortSignal;
  /** What was asked, or null while the run may go on. */
  readonly requested: StopRequest | null;
  /** Stops the run; running it again resumes where it stopped. */
  pause(): void;
  /** Stops the run for good (the caller marks it cancelled). */
  cancel(): void;
}

/** A fresh control. Samples in flight are abandoned, not stored: a resumed run makes them again. */
export function createBatchControl(): BatchControl {
  const controller = new AbortController();
  let requested: StopRequest | null = null;
  const stop = (why: StopRequest) => {
    if (requested) return;
    requested = why;
    controller.abort();
  };
  return {
    signal: controller.signal,
    get requested() {
      return requested;
    },
    pause: () => stop('pause'),
    cancel: () => stop('cancel'),
  };
}
