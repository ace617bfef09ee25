/** The replay demo's list of recordings (public/replay/index.json), loaded once. */
import { recordingsOf, type RecordingSummary } from '../../engine/replay/recording';
import type { EngineSettings } from '../../engine/registry';

let cached: Promise<RecordingSummary[]> | null = null;

/** Summaries of the recorded solutions; an empty list when the index cannot be read. */
export function loadRecordingIndex(): Promise<RecordingSummary[]> {
  cached ??= fetch(`${import.meta.env.BASE_URL}replay/index.json`)
    .then((r) => (r.ok ? r.json() : { recordings: [] }))
    .then((d: { recordings?: unknown }) => (Array.isArray(d.recordings) ? (d.recordings as RecordingSummary[]) : []))
    .catch(() => []);
  return cached;
}

/**
 * The replay engine can only play what was recorded: a sentence when the problem is not one of its
 * recordings (it would otherwise replay another problem's solution), else null.
 */
export async function checkReplayQuestion(settings: EngineSettings, question: string): Promise<string | null> {
  if (settings.kind !== 'replay') return null;
  const index = await loadRecordingIndex();
  if (index.length === 0) return null;
  const pool = settings.recording ? index.filter((r) => r.id === settings.recording) : index;
  if (recordingsOf(pool, question).length > 0) return null;
  return 'The recorded demo can only replay the problems it recorded: pick one under "Recorded problem", or choose another engine to solve your own problem.';
}
