/** A model download's progress: bar, bytes, percent and time left, from the engine's LoadProgress. */
import type { LoadProgress } from '../../../core/ports/llm-engine';
import { formatBytes, formatSeconds } from './format';

/** Renders the figures the engine knows; unknown ones are left out rather than guessed. */
export function DownloadProgress({ progress, label }: { progress: LoadProgress; label: string }) {
  const pct = progress.progress === null ? null : Math.round(progress.progress * 100);
  const parts: string[] = [];
  if (progress.bytesLoaded !== undefined) {
    parts.push(progress.bytesTotal ? `${formatBytes(progress.bytesLoaded)} of ${formatBytes(progress.bytesTotal)}` : formatBytes(progress.bytesLoaded));
  }
  if (pct !== null) parts.push(`${pct}%`);
  if (progress.secondsLeft !== undefined) parts.push(`about ${formatSeconds(progress.secondsLeft)} left`);
  return (
    <div class="progress" role="status" aria-live="polite">
      {pct === null ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={pct} />}
      <span>{parts.length ? parts.join(' · ') : progress.text}</span>
      {parts.length > 0 && <span class="hint">{progress.text}</span>}
    </div>
  );
}
