/**
 * Store test helpers. IndexedDB is fake-indexeddb (a pure-JS IndexedDB, installed as the globals
 * idb expects); each test opens a database of its own name so tests never share state.
 */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { createSample, type Sample } from '../../../src/core/dataset/sample';
import { DEFAULT_CAPS, type SolveResult } from '../../../src/core/lce/events';
import type { RunSpec } from '../../../src/core/collect';
import type { Method } from '../../../src/core/transcript';
import { runSpec } from '../collect/support';
import { openStore, type LceStore, type OpenStoreOptions } from '../../../src/store';

let opened: LceStore[] = [];
let counter = 0;
afterEach(() => {
  for (const s of opened) s.close();
  opened = [];
});

/** A new, empty database; closed after the test. */
export async function freshStore(options: OpenStoreOptions = {}): Promise<LceStore> {
  const store = await openStore({ name: `test-${process.pid}-${++counter}-${Date.now()}`, storage: { estimate: async () => ({ usage: 512 * 2 ** 20, quota: 600 * 2 ** 20 }) }, ...options });
  opened.push(store);
  return store;
}

/** Another connection to the same database, as a second tab would open it. */
export async function secondTab(store: LceStore, options: OpenStoreOptions = {}): Promise<LceStore> {
  const other = await openStore({ name: store.name, ...options });
  opened.push(other);
  return other;
}

/** A run of lce + cot × k = 2 on set-1 (the collect tests' spec, under the id the store tests use). */
export function spec(overrides: Partial<RunSpec> = {}): RunSpec {
  return runSpec({ id: 'run-a', setId: 'set-1', sampling: { temperature: 0.7, topP: 0.95, seed: 1 }, caps: DEFAULT_CAPS, model: { engine: 'openai', id: 'qwen2.5-math-7b' }, ...overrides });
}

/** A finished sample as the runner would store it. */
export function sample(i: number, o: { runId?: string; method?: Method; correct?: boolean | null; createdAt?: string; problemId?: string } = {}): Sample {
  const result: SolveResult = {
    method: o.method ?? 'lce',
    engine: { kind: 'openai', model: 'qwen2.5-math-7b', isRecording: false },
    blocks: [
      { type: 'text', content: `Attempt ${i}: add.` },
      { type: 'code', content: 'print(2 + 3)' },
      { type: 'output', content: '5' },
      { type: 'text', content: 'The sum is $\\boxed{5}$.' },
    ],
    answer: '5',
    rounds: 2,
    stopReason: 'answered',
    stopDetail: 'The model finished its answer.',
    usage: { promptTokens: 100, completionTokens: 30, perRound: [] },
    ms: 10,
  };
  const correct = o.correct === undefined ? true : o.correct;
  return createSample({ id: o.problemId ?? `p${i}`, question: 'What is 2 + 3?', reference: '5' }, result, {
    id: `${o.runId ?? 'run-a'}/p${i}/${o.method ?? 'lce'}/0`,
    createdAt: new Date(o.createdAt ?? Date.UTC(2026, 11, 2, 12, 0, i)),
    caps: DEFAULT_CAPS,
    verdict: correct === null ? { equal: null, method: 'none', reason: 'undecided' } : { equal: correct, method: 'exact', reason: '.' },
    software: {},
    ...(o.runId === '' ? {} : { runId: o.runId ?? 'run-a', attempt: 0 }),
  });
}
