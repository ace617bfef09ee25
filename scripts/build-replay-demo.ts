/**
 * Builds public/replay/: a dozen real recorded solutions for the no-GPU demo (replay engine),
 * converted from the published ToRA and MathCoder outputs in ../shared/data/transcripts with the
 * same converters the app uses. Picks follow fixed rules in file order, so a rerun reproduces them.
 *
 *   npx tsx scripts/build-replay-demo.ts [../shared/data/transcripts]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMathCoderLine, fromToraLine, type Provenance } from '../src/engine/replay/convert';
import { type Recording, type RecordingSummary, renderRecording } from '../src/engine/replay/recording';

const dataDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'transcripts');
const outDir = join(import.meta.dirname, '..', 'public', 'replay');

const TORA: Provenance = {
  idPrefix: 'tora-gsm8k',
  source: 'microsoft/ToRA src/outputs/llm-agents/tora-code-34b-v1.0/gsm8k',
  licence: 'MIT',
  model: 'ToRA-Code-34B v1.0',
};
const MATHCODER_MATH: Provenance = {
  idPrefix: 'mathcoder-math',
  source: 'mathllm/MathCoder outs/MathCoder-L-7b/MATH',
  licence: 'Apache-2.0',
  model: 'MathCoder-L-7B',
};
const MATHCODER_GSM8K: Provenance = { ...MATHCODER_MATH, idPrefix: 'mathcoder-gsm8k', source: 'mathllm/MathCoder outs/MathCoder-L-7b/GSM8K' };

function lines(file: string): unknown[] {
  return readFileSync(join(dataDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        throw new Error(`${file}:${i + 1} is not JSON`);
      }
    });
}

const size = (r: Recording) => renderRecording(r.blocks).text.length;
const rounds = (r: Recording) => r.blocks.filter((b) => b.type === 'code').length;
const first = (rs: Recording[], n: number, keep: (r: Recording) => boolean) => rs.filter(keep).slice(0, n);

// MATH picks: the first of each subject, then the next in file order (the id holds the subject).
function varied(rs: Recording[], n: number): Recording[] {
  const subject = (r: Recording) => r.id.split('-').slice(2, -1).join('-');
  const firsts = rs.filter((r, i) => rs.findIndex((q) => subject(q) === subject(r)) === i);
  return [...firsts, ...rs.filter((r) => !firsts.includes(r))].slice(0, n);
}

const tora = lines('tora-code-34b.gsm8k.jsonl').map((l) => fromToraLine(l, TORA));
const math = lines('mathcoder-l-7b.math.correct.jsonl').map((l) => fromMathCoderLine(l, MATHCODER_MATH, true));
const gsmWrong = lines('mathcoder-l-7b.gsm8k.wrong.jsonl').map((l) => fromMathCoderLine(l, MATHCODER_GSM8K, false));

// Short enough to watch in a demo; MATH picks show several LCE rounds.
const picks = [
  ...first(tora, 3, (r) => r.recordedCorrect === true && size(r) < 1200),
  ...first(tora, 3, (r) => r.recordedCorrect === false && size(r) < 1200),
  ...varied(first(math, 100, (r) => rounds(r) >= 2 && size(r) < 2500), 3),
  ...first(gsmWrong, 3, (r) => rounds(r) >= 1 && size(r) < 2500),
];

mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.endsWith('.json')) rmSync(join(outDir, f));
const index: RecordingSummary[] = picks.map(({ blocks: _blocks, ...summary }) => summary);
for (const r of picks) writeFileSync(join(outDir, `${r.id}.json`), JSON.stringify(r, null, 2) + '\n');
writeFileSync(
  join(outDir, 'index.json'),
  JSON.stringify(
    {
      about: 'Recorded solutions by published math models, replayed by the no-GPU demo. Each names its source and licence; they are recordings, not live model output.',
      recordings: index,
    },
    null,
    2,
  ) + '\n',
);
process.stdout.write(`wrote ${picks.length} recordings to public/replay/\n`);
