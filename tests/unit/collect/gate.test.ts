import { describe, expect, test, vi } from 'vitest';
import { createEngineGate } from '../../../src/core/collect';
import type { GenerateRequest } from '../../../src/core/ports/llm-engine';
import { ScriptedLlm } from '../lce/scripted-llm';

const request = (signal?: AbortSignal): GenerateRequest => ({ prompt: 'p', stop: [], maxTokens: 100, ...(signal ? { signal } : {}) });

/** Reads a stream up to its first token, leaving the generation open (holding its slot). */
async function open(stream: AsyncIterable<unknown>) {
  const it = stream[Symbol.asyncIterator]();
  await it.next();
  return it;
}

describe('createEngineGate', () => {
  describe('should let at most `slots` generations run', () => {
    test('for a second sample on a one-slot engine: it waits until the first stream ends', async () => {
      const gate = createEngineGate(new ScriptedLlm(() => 'abcdef'), 1, () => 0);
      const log: string[] = [];
      const a = gate.engineFor({ onWait: () => log.push('a wait'), onStart: () => log.push('a start'), onEnd: () => log.push('a end') });
      const b = gate.engineFor({ onWait: () => log.push('b wait'), onStart: () => log.push('b start') });
      const first = await open(a.generate(request()));
      const second = open(b.generate(request()));
      await vi.waitFor(() => expect(log).toContain('b wait'));
      expect(log).toEqual(['a wait', 'a start', 'b wait']);
      await first.return?.(undefined);
      await second;
      expect(log).toEqual(['a wait', 'a start', 'b wait', 'a end', 'b start']);
    });

    test('for a wait that is cancelled: it leaves the queue with an AbortError', async () => {
      const gate = createEngineGate(new ScriptedLlm(() => 'abcdef'), 1, () => 0);
      const first = await open(gate.engineFor({}).generate(request()));
      const controller = new AbortController();
      const waiting = open(gate.engineFor({}).generate(request(controller.signal)));
      controller.abort();
      await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
      await first.return?.(undefined);
      await expect(open(gate.engineFor({}).generate(request()))).resolves.toBeDefined();
    });
  });

  describe('should measure the time the engine generated', () => {
    test('for two overlapping generations on two slots: their union', async () => {
      let t = 0;
      const gate = createEngineGate(new ScriptedLlm(() => 'abcdef'), 2, () => t);
      const a = await open(gate.engineFor({}).generate(request()));
      t = 10;
      const b = await open(gate.engineFor({}).generate(request()));
      t = 30;
      await a.return?.(undefined);
      t = 50;
      await b.return?.(undefined);
      t = 100;
      expect(gate.busyMs(t)).toBe(50);
    });
  });

  describe('should interrupt only its own generation', () => {
    test('for a sample that is waiting while another generates', async () => {
      const engine = new ScriptedLlm(() => 'abcdef');
      const gate = createEngineGate(engine, 1, () => 0);
      const holder = gate.engineFor({});
      const waiter = gate.engineFor({});
      const first = await open(holder.generate(request()));
      void open(waiter.generate(request())).catch(() => undefined);
      waiter.interrupt();
      expect(engine.interrupts).toBe(0);
      holder.interrupt();
      expect(engine.interrupts).toBe(1);
      await first.return?.(undefined);
    });
  });
});
