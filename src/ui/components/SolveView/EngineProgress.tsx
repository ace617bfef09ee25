/** The engine's load progress (connecting to a server, fetching or compiling a model). */
import type { LoadProgress } from '../../../core/ports/llm-engine';
import { DownloadProgress } from '../ModelsPanel/DownloadProgress';

/** A progress bar with bytes, percent and time left when the engine knows them; nothing when idle. */
export function EngineProgress({ progress }: { progress: LoadProgress | null }) {
  if (!progress) return null;
  return <DownloadProgress progress={progress} label="Engine loading" />;
}
