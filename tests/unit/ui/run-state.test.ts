import { describe, expect, test } from 'vitest';
import type { SolveEvent, SolveResult } from '../../../src/core/lce/events';
import { DEFAULT_CAPS } from '../../../src/core/lce/events';
import type { EngineInfo } from '../../../src/core/ports/llm-engine';
import {
  applySolveEvent,
  beginRun,
  failRun,
  initialRunState,
  stopRun,
  type RunState,
} from '../../../src/ui/state/run-state';

const engine: EngineInfo = { kind: 'scripted-llm', model: 'scripted', isRecording: false };

function fold(state: RunState, events: SolveEvent[], start = 0): RunState {
  return events.reduce((s, e, i) => applySolveEvent(s, e, start + i * 100), state);
}

function resultOf(blocks: SolveResult['blocks']): SolveResult {
  return {
    method: 'lce', engine, blocks, answer: '18', rounds: 2, stopReason: 'answered',
    stopDetail: 'The model gave its final answer.', usage: { promptTokens: 1, completionTokens: 2, perRound: [] }, ms: 5,
  };
}

const started = (runId: string): SolveEvent => ({ type: 'start', runId, method: 'lce', engine, caps: DEFAULT_CAPS });

describe('applySolveEvent', () => {
  describe('should build the transcript', () => {
    test('for streamed tokens, closed blocks and an execution', () => {
      const s = fold(beginRun(initialRunState()), [
        started('r1'),
        { type: 'round', runId: 'r1', round: 1 },
        { type: 'block-start', runId: 'r1', index: 0, blockType: 'text' },
        { type: 'token', runId: 'r1', round: 1, text: 'Let us ' },
        { type: 'token', runId: 'r1', round: 1, text: 'compute.' },
      ]);
      expect(s.phase).toBe('running');
      expect(s.streaming).toEqual({ type: 'text', text: 'Let us compute.' });
      const s2 = fold(s, [
        { type: 'block-end', runId: 'r1', index: 0, block: { type: 'text', content: 'Let us compute.' } },
        { type: 'block-end', runId: 'r1', index: 1, block: { type: 'code', content: 'print(16-3-4)' } },
        { type: 'exec-start', runId: 'r1', index: 1, code: 'print(16-3-4)' },
      ]);
      expect(s2.streaming).toBeNull();
      expect(s2.runningIndex).toBe(1);
      const s3 = applySolveEvent(s2, {
        type: 'exec-result', runId: 'r1', index: 1,
        result: { stdout: '9\n', stderr: '', value: null, error: null, ms: 1, truncated: false },
        block: { type: 'output', content: '9' },
      }, 900);
      expect(s3.runningIndex).toBeNull();
      expect(s3.blocks.map((b) => b.type)).toEqual(['text', 'code', 'output']);
    });

    test('for a branch replaying its cells, where each output goes after its cell and no block is written over', () => {
      const prefix = [
        { type: 'code' as const, content: 'y = 5' },
        { type: 'code' as const, content: 'print(y)' },
      ];
      const result = (stdout: string) => ({ stdout, stderr: '', value: null, error: null, ms: 1, truncated: false });
      const s = fold(beginRun(initialRunState(), prefix), [
        started('r1'),
        { type: 'exec-result', runId: 'r1', index: 0, result: result(''), block: { type: 'output', content: '' } },
        { type: 'exec-result', runId: 'r1', index: 2, result: result('5\n'), block: { type: 'output', content: '5' } },
      ]);
      expect(s.blocks).toEqual([prefix[0], { type: 'output', content: '' }, prefix[1], { type: 'output', content: '5' }]);
    });

    test('for the done event, whose result is authoritative', () => {
      const blocks = [{ type: 'text' as const, content: 'The answer is \\boxed{18}.' }];
      const s = fold(beginRun(initialRunState()), [started('r1'), { type: 'done', runId: 'r1', result: resultOf(blocks) }]);
      expect(s.phase).toBe('done');
      expect(s.blocks).toEqual(blocks);
      expect(s.answer).toBe('18');
      expect(s.stopDetail).toBe('The model gave its final answer.');
    });
  });

  describe('should drop events', () => {
    test('for a run that was stopped', () => {
      const running = fold(beginRun(initialRunState()), [started('r1'), { type: 'token', runId: 'r1', round: 1, text: 'partial' }]);
      const stopped = stopRun(running);
      expect(stopped.phase).toBe('stopped');
      expect(stopped.blocks).toEqual([{ type: 'text', content: 'partial' }]);
      const late = fold(stopped, [{ type: 'token', runId: 'r1', round: 1, text: ' more' }, { type: 'done', runId: 'r1', result: resultOf([]) }]);
      expect(late).toBe(stopped);
    });

    test('for an old run whose late start arrives after a new run began', () => {
      const first = stopRun(fold(beginRun(initialRunState()), [started('r1')]));
      const second = beginRun(first);
      const afterLate = applySolveEvent(second, started('r1'), 0);
      expect(afterLate.runId).toBeNull();
      expect(applySolveEvent(afterLate, started('r2'), 0).runId).toBe('r2');
    });
  });

  describe('should report failures as sentences', () => {
    test('for an engine error event', () => {
      const s = fold(beginRun(initialRunState()), [
        started('r1'),
        { type: 'error', runId: 'r1', error: { name: 'EngineRequestError', message: 'openai request failed: HTTP 500' } },
      ]);
      expect(s.phase).toBe('failed');
      expect(s.error).toMatch(/^openai request failed: HTTP 500\. Check that the server is running/);
    });

    test('for an AbortError, which is not shown', () => {
      const s = failRun(fold(beginRun(initialRunState()), [started('r1')]), { name: 'AbortError', message: 'cancelled' });
      expect(s.phase).toBe('stopped');
      expect(s.error).toBeNull();
    });
  });

  test('should measure tokens per second within a round', () => {
    const s = fold(beginRun(initialRunState()), [
      started('r1'),
      { type: 'round', runId: 'r1', round: 1 },
      { type: 'token', runId: 'r1', round: 1, text: 'a' },
      { type: 'token', runId: 'r1', round: 1, text: 'b' },
      { type: 'token', runId: 'r1', round: 1, text: 'c' },
      { type: 'token', runId: 'r1', round: 1, text: 'd' },
    ]);
    // round at t=100, 4th token at t=500: 4 tokens in 0.4 s.
    expect(s.tokensPerSecond).toBeCloseTo(10);
  });
});
