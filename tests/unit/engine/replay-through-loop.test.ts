import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve, type SolveEvent, type SolveResult } from '../../../src/core/lce';
import { loadRecordingsFromDir } from '../../../src/engine/node/replay-files';
import { renderRecording } from '../../../src/engine/replay/recording';
import { createReplayEngine } from '../../../src/engine/replay/replay-engine';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';

let runner: NodePythonRunner;
beforeAll(async () => {
  runner = createNodePythonRunner({ online: false });
  await runner.start();
});
afterAll(async () => {
  await runner.dispose();
});

const recordings = (await loadRecordingsFromDir()).filter((r) => r.id.startsWith('tora-gsm8k'));

async function solveWithReplay(id: string): Promise<SolveResult> {
  const recording = recordings.find((r) => r.id === id)!;
  const engine = createReplayEngine(recordings);
  let result: SolveResult | null = null;
  for await (const e of solve({ id, question: recording.question }, { engine, runner, method: 'lce' }) as AsyncIterable<SolveEvent>) {
    if (e.type === 'error') throw new Error(e.error.message);
    if (e.type === 'done') result = e.result;
  }
  return result!;
}

describe('the replay engine driven by the real LCE loop and real Pyodide', () => {
  describe('should reproduce the recorded solution, with outputs from real execution', () => {
    test.each(recordings.slice(0, 3).map((r) => [r.id]))('for %s', async (id) => {
      const recording = recordings.find((r) => r.id === id)!;
      const result = await solveWithReplay(id);
      expect(result.engine.isRecording).toBe(true);
      // The recorded code ran for real: its printed output matches the one recorded with it.
      const strip = (blocks: typeof result.blocks) => blocks.map((b) => ({ type: b.type === 'error' ? 'output' : b.type, content: b.content.trim() }));
      expect(strip(result.blocks)).toEqual(strip(recording.blocks));
      expect(renderRecording(result.blocks).text).toBe(renderRecording(recording.blocks).text);
      expect(result.answer).toBe(recording.recordedAnswer);
      expect(result.stopReason).toBe('answered');
    });
  });
});
