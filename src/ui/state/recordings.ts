/** The replay demo's list of recordings (public/replay/index.json), loaded once. */
import type { RecordingSummary } from '../../engine/replay/recording';

let cached: Promise<RecordingSummary[]> | null = null;

/** Summaries of the recorded solutions; an empty list when the index cannot be read. */
export function loadRecordingIndex(): Promise<RecordingSummary[]> {
  cached ??= fetch(`${import.meta.env.BASE_URL}replay/index.json`)
    .then((r) => (r.ok ? r.json() : { recordings: [] }))
    .then((d: { recordings?: unknown }) => (Array.isArray(d.recordings) ? (d.recordings as RecordingSummary[]) : []))
    .catch(() => []);
  return cached;
}
