/** The recorded demo's fields: what it is, and a recorded problem to fill the form with. */
import { useEffect, useState } from 'preact/hooks';
import type { RecordingSummary } from '../../../engine/replay/recording';
import { loadRecordingIndex } from '../../state/recordings';

export function ReplayFields({ onRecording }: { onRecording: (recording: RecordingSummary) => void }) {
  const [recordings, setRecordings] = useState<RecordingSummary[]>([]);
  useEffect(() => {
    void loadRecordingIndex().then(setRecordings);
  }, []);
  return (
    <>
      <p class="hint">Plays back solutions recorded from published math models; Python still runs live in your browser.</p>
      {recordings.length > 0 && (
        <select
          aria-label="Recorded problem"
          value=""
          onChange={(e) => {
            const r = recordings.find((x) => x.id === (e.currentTarget as HTMLSelectElement).value);
            if (r) onRecording(r);
          }}
        >
          <option value="">Pick a recorded problem…</option>
          {recordings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.model}: {r.question.slice(0, 50)}
              {r.question.length > 50 ? '…' : ''}
            </option>
          ))}
        </select>
      )}
    </>
  );
}
