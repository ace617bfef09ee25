/** Node side of the replay engine: reads the recordings in public/replay/ from disk for the CLI. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../../core/errors';
import { parseRecording, type Recording, type RecordingSummary } from '../replay/recording';

/** The repository's public/replay/ directory. */
export const REPLAY_DIR = join(import.meta.dirname, '..', '..', '..', 'public', 'replay');

/** Every recording in `dir` (or only `recordingId`), validated. */
export function loadRecordingsFromDir(dir: string = REPLAY_DIR, recordingId?: string): Recording[] {
  let index: { recordings?: RecordingSummary[] };
  try {
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as typeof index;
  } catch (err) {
    throw new InvalidInputError(join(dir, 'index.json'), `cannot read the replay index (${(err as Error).message}); rebuild it with npx tsx scripts/build-replay-demo.ts`);
  }
  const ids = (index.recordings ?? []).map((r) => r.id);
  if (recordingId !== undefined && !ids.includes(recordingId)) throw new InvalidInputError('--recording', `no recording "${recordingId}"; available: ${ids.join(', ')}`);
  return (recordingId !== undefined ? [recordingId] : ids).map((id) => {
    const file = join(dir, `${id}.json`);
    return parseRecording(JSON.parse(readFileSync(file, 'utf8')), file);
  });
}
