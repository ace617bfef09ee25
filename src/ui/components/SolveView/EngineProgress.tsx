/** The engine's load progress (connecting to a server, fetching or compiling a model). */
import type { LoadProgress } from '../../../core/ports/llm-engine';

/** A progress bar with the engine's own text; nothing when idle. */
export function EngineProgress({ progress }: { progress: LoadProgress | null }) {
  if (!progress) return null;
  return (
    <div class="progress" role="status" aria-live="polite">
      <span>{progress.text}</span>
      {progress.progress === null ? <progress aria-label="Engine loading" /> : <progress aria-label="Engine loading" max={1} value={progress.progress} />}
    </div>
  );
}
