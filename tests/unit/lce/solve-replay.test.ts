/**
 * Real published transcripts (ToRA-Code-34B, MathCoder-L-7B) replayed through the loop: the model's
 * text comes from the recording, but every output block is produced again by our parser and our
 * Pyodide runner — and must match what the authors' Python printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve } from '../../../src/core/lce';
import type { SolveResult } from '../../../src/core/lce/events';
import { createReplayEngine } from '../../../src/engine/replay/replay-engine';
import { parseRecording } from '../../../src/engine/replay/recording';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';

const dir = 'public/replay';
const recordings = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => parseRecording(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')), f));

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('solve with recorded transcripts', () => {
  describe('should reproduce the recorded execution outputs', () => {
    for (const recording of recordings) {
      test(`for ${recording.id}`, async () => {
        const engine = createReplayEngine(recording);
        let result: SolveResult | null = null;
        const problem = { id: recording.id, question: recording.question };
        for await (const e of solve(problem, { engine, runner, method: 'lce', caps: { maxOutputChars: 100_000, maxRounds: 8 } })) {
          if (e.type === 'done') result = e.result;
        }
        const recorded = recording.blocks.filter((b) => b.type === 'output').map((b) => squash(b.content));
        const produced = result!.blocks.filter((b) => b.type === 'output' || b.type === 'error');
        expect(produced).toHaveLength(recorded.length);
        produced.forEach((block, i) => {
          // MathCoder recorded Jupyter's full traceback; the loop feeds back ToRA's "Type: message" line, its last line.
          if (block.type === 'error') expect(recorded[i]?.endsWith(squash(block.content))).toBe(true);
          else expect(squash(block.content)).toBe(recorded[i]);
        });
        expect(result!.blocks.filter((b) => b.type === 'code')).toEqual(recording.blocks.filter((b) => b.type === 'code'));
        expect(result!.stopReason).toBe('answered');
      });
    }
  });
});
