/** Node side of the replay engine: the recordings in public/replay/, read from disk for the CLI. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '../../core/errors';
import { loadRecordings, type RecordingFiles } from '../replay/load';
import type { Recording } from '../replay/recording';

/** The repository's public/replay/ directory. */
export const REPLAY_DIR = join(import.meta.dirname, '..', '..', '..', 'public', 'replay');

/** The recordings' files in `dir`. */
export function recordingsOnDisk(dir: string = REPLAY_DIR): RecordingFiles {
  const where = (name: string) => join(dir, decodeURIComponent(name));
  return {
    where,
    async json(name) {
      const path = where(name);
      try {
        return JSON.parse(await readFile(path, 'utf8')) as unknown;
      } catch (err) {
        throw new InvalidInputError(path, `cannot read this replay file (${(err as Error).message}); rebuild the recordings with npx tsx scripts/build-replay-demo.ts`);
      }
    },
  };
}

/** Every recording in `dir` (or only `recording`), validated. */
export function loadRecordingsFromDir(dir: string = REPLAY_DIR, recording?: string): Promise<Recording[]> {
  return loadRecordings(recordingsOnDisk(dir), recording);
}
