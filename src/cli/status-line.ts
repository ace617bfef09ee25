/**
 * One live line of progress on standard error, shown only when it is a terminal (a pipe or a log
 * file gets the final summary instead). Messages printed meanwhile go above it, so it never tears
 * through them.
 */

/** The stream a status line writes to (process.stderr, or a fake terminal in tests). */
export interface StatusStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export interface StatusLine {
  /** Whether the line is shown at all (stderr is a terminal). */
  readonly live: boolean;
  /** Replaces the line (redrawn at most every `minIntervalMs`, except the first time). */
  update(text: string): void;
  /** Prints a message on its own line above the status line (always, terminal or not). */
  log(text: string): void;
  /** Removes the line (before the final summary). */
  clear(): void;
}

/** A status line on `stream` (default stderr); `live: false` when it is not a terminal. */
export function createStatusLine(stream: StatusStream = process.stderr, options: { minIntervalMs?: number; now?: () => number } = {}): StatusLine {
  const live = stream.isTTY === true && process.env.TERM !== 'dumb';
  const now = options.now ?? Date.now;
  const minInterval = options.minIntervalMs ?? 100;
  let shown = '';
  let pending: string | null = null;
  let lastDraw = -Infinity;
  const fit = (text: string) => {
    // A pseudo-terminal may report 0 columns: fall back on $COLUMNS, then 80.
    const width = Math.max(20, (stream.columns || Number(process.env.COLUMNS) || 80) - 1);
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  };
  const draw = (text: string) => {
    stream.write(`\r\x1b[2K${text}`);
    shown = text;
    lastDraw = now();
  };
  return {
    live,
    update(text) {
      if (!live) return;
      pending = fit(text);
      if (now() - lastDraw >= minInterval) {
        draw(pending);
        pending = null;
      }
    },
    log(text) {
      if (live && shown) stream.write('\r\x1b[2K');
      stream.write(text.endsWith('\n') ? text : `${text}\n`);
      if (live && (pending ?? shown)) draw(pending ?? shown);
      pending = null;
    },
    clear() {
      if (live && shown) stream.write('\r\x1b[2K');
      shown = '';
      pending = null;
    },
  };
}

/** Seconds as "42 s", "3 min 5 s" or "2 h 10 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
