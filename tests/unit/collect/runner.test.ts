import { describe, expect, test } from 'vitest';
import { createBatchControl, runBatch, type BatchEvent, type BatchOptions, type BatchOutcome, type BatchPorts } from '../../../src/core/collect';
import { ContextWindowError, EngineRequestError } from '../../../src/core/errors';
import type { Problem } from '../../../src/core/problem/types';
import { useTestRunner } from '../sandbox/shared-runner';
import { MemorySink, runSpec, sleep, sums, sumsModel } from './support';

const runner = useTestRunner();

async function drive(problems: Problem[], ports: Partial<BatchPorts> & Pick<BatchPorts, 'engine' | 'sink'>, options: BatchOptions = {}, spec = runSpec(), onEvent?: (e: BatchEvent) => void) {
  const events: BatchEvent[] = [];
  const run = runBatch(spec, problems, { runner, software: { app: 'test' }, ...ports }, options);
  let outcome: BatchOutcome | undefined;
  for (;;) {
    const next = await run.next();
    if (next.done) {
      outcome = next.value;
      break;
    }
    events.push(next.value);
    onEvent?.(next.value);
  }
  return { events, outcome };
}

const doneIds = (events: BatchEvent[]) => events.flatMap((e) => (e.type === 'sample-done' ? [e.sample.id] : []));

describe('runBatch', () => {
  describe('should make every attempt of the plan once', () => {
    test('for 3 problems × 2 methods × k = 2, judged and stored', async () => {
      const sink = new MemorySink();
      const { events, outcome } = await drive(sums(3), { engine: sumsModel({ wrongWhen: (seed) => seed % 2 === 0 }), sink });
      expect(outcome?.kind).toBe('finished');
      expect(sink.samples.size).toBe(12);
      expect(new Set(sink.putIds).size).toBe(sink.putIds.length);
      const sample = sink.samples.get('run-1/sum#1/lce/0')!;
      expect(sample).toMatchObject({ runId: 'run-1', attempt: 0, method: 'lce', problem: { id: 'sum#1', reference: '7' } });
      expect(sample.blocks.map((b) => b.type)).toEqual(['text', 'code', 'output', 'text']);
      for (const s of sink.samples.values()) {
        const wrong = s.sampling.seed! % 2 === 0;
        expect(s.verdict?.equal, s.id).toBe(!wrong);
      }
      const last = events.findLast((e) => e.type === 'progress');
      expect(last?.type === 'progress' && last.progress).toMatchObject({ done: 12, total: 12, madeNow: 12, etaSeconds: 0 });
      const correct = [...sink.outcomes.values()].filter((o) => o.method === 'cot' && o.verdict === 'correct').length;
      expect(last?.type === 'progress' && last.progress.perMethod.cot).toEqual({ done: 6, judged: 6, correct, accuracy: correct / 6 });
      expect(events.at(-1)).toEqual({ type: 'end', runId: 'run-1', outcome });
    });
  });

  describe('should resume from what is stored', () => {
    test('for a run paused after 5 samples and run again: only the missing ones are made', async () => {
      const sink = new MemorySink();
      const control = createBatchControl();
      let seen = 0;
      const first = await drive(sums(3), { engine: sumsModel(), sink }, { control }, runSpec(), (e) => {
        if (e.type === 'sample-done' && ++seen === 5) control.pause();
      });
      expect(first.outcome?.kind).toBe('paused');
      const storedFirst = sink.samples.size;
      expect(storedFirst).toBeGreaterThanOrEqual(5);
      expect(storedFirst).toBeLessThan(12);

      const again = await drive(sums(3), { engine: sumsModel(), sink });
      expect(again.outcome?.kind).toBe('finished');
      expect(again.events[0]).toEqual({ type: 'start', runId: 'run-1', total: 12, stored: storedFirst, todo: 12 - storedFirst });
      expect(sink.samples.size).toBe(12);
      expect(sink.putIds).toHaveLength(12);
      expect(doneIds(again.events).filter((id) => doneIds(first.events).includes(id))).toEqual([]);
    });

    test('for a run whose samples are all stored: nothing is generated', async () => {
      const sink = new MemorySink();
      await drive(sums(2), { engine: sumsModel(), sink }, {}, runSpec({ k: 1 }));
      const engine = sumsModel();
      const { outcome } = await drive(sums(2), { engine, sink }, {}, runSpec({ k: 1 }));
      expect(outcome).toMatchObject({ kind: 'finished', progress: { done: 4, total: 4, madeNow: 0 } });
      expect(engine.prompts).toEqual([]);
    });

    test('for a sample another writer stored meanwhile: counted once, not written again', async () => {
      const sink = new MemorySink();
      const spec = runSpec({ k: 1, methods: ['cot'] });
      const engine = sumsModel();
      const racing = new MemorySink();
      await drive(sums(1), { engine: sumsModel(), sink: racing }, {}, spec);
      // The sink says nothing is stored, then finds the id taken at write time (a second tab won the race).
      sink.put = async (sample, outcome) => (sample.id === 'run-1/sum#0/cot/0' ? 'exists' : MemorySink.prototype.put.call(sink, sample, outcome));
      const { events, outcome } = await drive(sums(2), { engine, sink }, {}, spec);
      expect(outcome).toMatchObject({ kind: 'finished', progress: { done: 2, madeNow: 1 } });
      expect(events.filter((e) => e.type === 'sample-done').map((e) => e.type === 'sample-done' && e.stored)).toEqual(['exists', 'written']);
    });
  });

  describe('should keep a single-sequence engine busy', () => {
    const slowCell = { cellPrelude: 'import time\ntime.sleep(0.3)\n', pace: () => sleep(1) };

    function generatingDuringACell(events: BatchEvent[]): boolean {
      const running = new Set<string>();
      for (const e of events) {
        if (e.type === 'solve' && e.event.type === 'exec-start') running.add(e.sampleId);
        if (e.type === 'solve' && e.event.type === 'exec-result') running.delete(e.sampleId);
        if (e.type === 'phase' && e.phase === 'generating' && [...running].some((id) => id !== e.sampleId)) return true;
      }
      return false;
    }

    test('for two samples in flight: one generates while the other runs Python, never two at once', async () => {
      const engine = sumsModel(slowCell);
      const { events, outcome } = await drive(sums(2), { engine, sink: new MemorySink() }, { concurrency: 1 }, runSpec({ methods: ['lce'], k: 1 }));
      expect(outcome?.kind).toBe('finished');
      expect(engine.maxActive).toBe(1);
      expect(generatingDuringACell(events)).toBe(true);
    });

    test('for one sample in flight: generation waits for every cell', async () => {
      const engine = sumsModel(slowCell);
      const { events } = await drive(sums(2), { engine, sink: new MemorySink() }, { concurrency: 1, inFlight: 1 }, runSpec({ methods: ['lce'], k: 1 }));
      expect(generatingDuringACell(events)).toBe(false);
    });

    test('for a server that batches: up to N generations at once', async () => {
      const engine = sumsModel({ pace: () => sleep(2) });
      const { outcome } = await drive(sums(4), { engine, sink: new MemorySink() }, { concurrency: 3 }, runSpec({ methods: ['cot'], k: 2 }));
      expect(outcome?.kind).toBe('finished');
      expect(engine.maxActive).toBe(3);
    });
  });

  describe('should stop with the reason', () => {
    test('for an engine that keeps failing: retried, then the run fails and keeps what was stored', async () => {
      const sink = new MemorySink();
      const engine = sumsModel({ failWith: new EngineRequestError('openai', 'HTTP 503'), failures: 100 });
      const waits: number[] = [];
      const { events, outcome } = await drive(sums(2), { engine, sink, sleep: async (ms) => void waits.push(ms) }, { retries: 2, retryBackoffMs: 100, inFlight: 1 });
      expect(outcome).toMatchObject({ kind: 'failed', error: { name: 'EngineRequestError', message: 'openai request failed: HTTP 503' } });
      expect(sink.samples.size).toBe(0);
      expect(events.filter((e) => e.type === 'retry').map((e) => e.type === 'retry' && e.sampleId)).toEqual(['run-1/sum#0/lce/0', 'run-1/sum#0/lce/0']);
      expect(waits).toEqual([100, 200]);
      expect(engine.prompts).toHaveLength(3);
    });

    test('for an engine failure that passes: the retried attempt is stored once', async () => {
      const sink = new MemorySink();
      const engine = sumsModel({ failWith: new EngineRequestError('openai', 'HTTP 503'), failures: 1 });
      const { outcome } = await drive(sums(1), { engine, sink }, { retries: 2, inFlight: 1 }, runSpec({ methods: ['cot'], k: 2 }));
      expect(outcome?.kind).toBe('finished');
      expect([...sink.samples.keys()].sort()).toEqual(['run-1/sum#0/cot/0', 'run-1/sum#0/cot/1']);
    });

    test('for a failure that belongs to the problem: the sample is kept with its error', async () => {
      const sink = new MemorySink();
      const engine = sumsModel({ failWith: new ContextWindowError(5000, 4096), failures: 1 });
      const { outcome } = await drive(sums(1), { engine, sink }, { inFlight: 1 }, runSpec({ methods: ['cot'], k: 2 }));
      expect(outcome?.kind).toBe('finished');
      expect(sink.samples.get('run-1/sum#0/cot/0')).toMatchObject({ stopReason: 'error', verdict: { equal: false, method: 'none' } });
    });

    test('for storage that fails: the run stops with its sentence and later samples are not attempted', async () => {
      const sink = new MemorySink();
      sink.failAt = { write: 3, error: Object.assign(new Error('Browser storage is full.'), { name: 'StorageFullError' }) };
      const engine = sumsModel();
      const { outcome } = await drive(sums(5), { engine, sink }, { inFlight: 1 }, runSpec({ methods: ['cot'], k: 1 }));
      expect(outcome).toMatchObject({ kind: 'failed', error: { name: 'StorageFullError', message: 'Browser storage is full.' }, progress: { done: 2 } });
      expect(sink.samples.size).toBe(2);
      expect(engine.prompts).toHaveLength(3);
    });

    test('for a cancel: in-flight samples are abandoned, not stored', async () => {
      const sink = new MemorySink();
      const control = createBatchControl();
      const { outcome } = await drive(sums(3), { engine: sumsModel({ pace: () => sleep(1) }), sink }, { control }, runSpec(), (e) => {
        if (e.type === 'phase' && e.phase === 'generating' && e.sampleId.endsWith('/sum#1/lce/0')) control.cancel();
      });
      expect(outcome?.kind).toBe('cancelled');
      expect(sink.samples.has('run-1/sum#1/lce/0')).toBe(false);
      expect([...sink.samples.values()].every((s) => s.stopReason !== 'aborted')).toBe(true);
    });

    test('for a consumer that stops listening: the workers stop too', async () => {
      const sink = new MemorySink();
      const engine = sumsModel({ pace: () => sleep(1) });
      const run = runBatch(runSpec(), sums(5), { engine, runner, sink, software: {} });
      for await (const e of run) if (e.type === 'sample-done') break;
      const prompts = engine.prompts.length;
      await sleep(200);
      expect(engine.prompts.length).toBe(prompts);
      expect(engine.active).toBe(0);
    });

    test('for a run that is not valid: an error before anything starts', async () => {
      const run = runBatch(runSpec({ k: 0 }), sums(1), { engine: sumsModel(), runner, sink: new MemorySink(), software: {} });
      await expect(run.next()).rejects.toThrow('k must be a whole number from 1 to 1024, got 0.');
    });
  });
});
