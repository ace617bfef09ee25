/** `lce recordings [--json]`: the recorded solutions `--engine replay` can play, with their ids. */
import { loadRecordingsFromDir } from '../../engine/node/replay-files';
import { parseFlags } from '../args';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes';
import { stdoutLines } from '../output';
import { recordingLines } from '../replay-pick';

export const summary = 'List the recorded solutions the replay engine plays (ids, models, questions).';

export const usage = `Usage: lce recordings [--json]

Lists public/replay: each recording's id and its whole question, grouped by model. Replay one with
  lce solve --engine replay --recording ID
  --json    one JSON object per recording {id, model, method, source, licence, question, reference}

${EXIT_CODES_HELP}
`;

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('recordings', args, { json: { type: 'boolean', default: false } });
  const recordings = await loadRecordingsFromDir();
  if (flags.json) {
    const out = stdoutLines();
    for (const { blocks: _blocks, ...summary } of recordings) await out.write(JSON.stringify(summary));
    return EXIT.ok;
  }
  const models = [...new Set(recordings.map((r) => r.model))];
  const parts = models.map((m) => {
    const mine = recordings.filter((r) => r.model === m);
    const first = mine[0]!;
    return `${m} (${first.method}; ${first.licence}):\n${recordingLines(mine)}`;
  });
  process.stdout.write(`${parts.join('\n\n')}\n`);
  return EXIT.ok;
}
