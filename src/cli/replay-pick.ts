/**
 * The recorded demo on the command line: which recording `--question` / `--recording` name, or a
 * sentence saying what to type instead — the nearest recorded questions whole, with their ids.
 */
import type { Method } from '../core/transcript';
import { loadRecordingsFromDir } from '../engine/node/replay-files';
import { pickRecording } from '../engine/replay/pick';
import type { Recording } from '../engine/replay/recording';
import { usageError } from './args';

/** One line per recording: its id, then its whole question on one line. */
export function recordingLines(recordings: readonly Recording[]): string {
  const width = Math.max(...recordings.map((r) => r.id.length));
  return recordings.map((r) => `  ${r.id.padEnd(width)}  ${JSON.stringify(r.question)}`).join('\n');
}

/** The recording to replay, or a usage error that says what to type. */
export async function recordingFor(command: string, asked: { question?: string; id?: string; method: Method }): Promise<Recording> {
  const all = await loadRecordingsFromDir();
  const pick = pickRecording(all, asked);
  const list = 'lce recordings lists them all';
  switch (pick.kind) {
    case 'found':
      return pick.recording;
    case 'nothing-asked':
      throw usageError(command, `give --question TEXT (a recorded question) or --recording ID; ${list}`);
    case 'unknown-id':
      throw usageError(command, `--recording ${pick.id}: there is no such recording; the ids are ${pick.ids.join(', ')}`);
    case 'id-question-mismatch':
      throw usageError(command, `--recording ${pick.recording.id} is the solution of ${JSON.stringify(pick.recording.question)}, not of --question; leave --question out to replay it`);
    case 'not-recorded':
      throw usageError(
        command,
        `the recorded demo replays only the questions it recorded, and this is not one of them. The nearest:\n${recordingLines(pick.nearest)}\n` +
          `Replay one with --recording ID (no --question needed); ${list}. To solve your own question, use a live engine (--engine openai).`,
      );
    case 'other-method': {
      const methods = [...new Set(pick.recorded.map((r) => r.method))];
      throw usageError(command, `this question was recorded with --method ${methods.join(' or ')} only; a recording cannot stand in for another method. Use --method ${methods[0]}`);
    }
  }
}
