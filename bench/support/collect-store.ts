/**
 * The Data view's queries with 100k samples stored, on fake-indexeddb in Node (the browser figure
 * needs the Data view and comes with it). Samples are ~1.5 kB LCE transcripts over 4 runs, 2 sets,
 * 2 model versions, 4 methods and every verdict.
 */
import 'fake-indexeddb/auto';
import { modelKey, type RunSpec } from '../../src/core/collect';
import { createSample, type Sample } from '../../src/core/dataset/sample';
import { DEFAULT_CAPS } from '../../src/core/lce/events';
import { METHODS } from '../../src/core/transcript';
import { countSamples, createRun, openStore, putSample, putSamples, querySamples, storedModels, storedOutcomes, type RunRecord } from '../../src/store';

export const STORED = 100_000;

function runSpec(i: number): RunSpec {
  return {
    id: `bench-run-${i}`, setId: `set-${i % 2}`, methods: [...METHODS], k: 4, sampling: { temperature: 0.7, topP: 0.95, seed: i }, caps: DEFAULT_CAPS,
    model: { engine: 'webllm', id: i < 2 ? 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' : 'custom-d1', ...(i < 2 ? {} : { url: 'https://models.example/d1/' }) },
  };
}

/** Sample n belongs to run n % 4; its method, attempt and problem come from the other bits of n, so ids never repeat. */
function benchSample(run: RunRecord, n: number): Sample {
  const method = METHODS[(n >> 2) % 4]!;
  const attempt = (n >> 4) % 4;
  const problem = `gsm8k#${n >> 6}`;
  const verdicts = [true, false, null, true, true];
  const equal = verdicts[n % 5]!;
  const text = `Step ${n}: we set up the equation from the problem statement and solve it. `.repeat(6);
  return createSample({ id: problem, question: `(${n}) Janet has 16 eggs, eats 3 and bakes 4. She sells the rest at $2. How much does she make?`, reference: '18' }, {
    method,
    engine: { kind: 'webllm', model: run.spec.model.id, isRecording: false },
    blocks: [{ type: 'text', content: text }, { type: 'code', content: 'eggs = 16 - 3 - 4\nprint(eggs * 2)' }, { type: 'output', content: '18' }, { type: 'text', content: 'So she makes $\\boxed{18}$ dollars.' }],
    answer: equal === false ? '17' : '18', rounds: 2, stopReason: 'answered', stopDetail: 'The model finished its answer.',
    usage: { promptTokens: 300, completionTokens: 120, perRound: [] }, ms: 4000,
  }, {
    id: `${run.id}/${problem}/${method}/${attempt}`, createdAt: new Date(Date.UTC(2026, 11, 1) + n * 250), caps: DEFAULT_CAPS,
    verdict: { equal, method: 'exact', reason: '.' }, software: {}, runId: run.id, attempt,
  });
}

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
};

export async function measureStore(): Promise<Record<string, number>> {
  const store = await openStore({ name: `bench-${process.pid}-${Date.now()}` });
  try {
    const runs = await Promise.all([0, 1, 2, 3].map((i) => createRun(store, runSpec(i), { setName: `set ${i % 2}`, total: STORED / 4 })));
    // The runner's path: one transaction per finished sample.
    const single = 2_000;
    const [, singleMs] = await time(async () => {
      for (let n = 0; n < single; n++) await putSample(store, benchSample(runs[n % 4]!, n), runs[n % 4]);
    });
    // The rest in batches, as loading a samples.jsonl would.
    const [, bulkMs] = await time(async () => {
      for (let r = 0; r < 4; r++) {
        const run = runs[r]!;
        await putSamples(store, (function* () {
          for (let n = single + r; n < STORED; n += 4) yield benchSample(run, n);
        })(), { run });
      }
    });
    const model = modelKey(runs[2]!.spec.model);
    const [firstPage, firstPageMs] = await time(() => querySamples(store, {}, { limit: 50 }));
    const [, filteredPageMs] = await time(() => querySamples(store, { runId: runs[1]!.id, method: 'lce', verdict: 'wrong' }, { limit: 50 }));
    const [, setVerdictPageMs] = await time(() => querySamples(store, { setId: 'set-0', verdict: 'undecided' }, { limit: 50 }));
    let cursor = firstPage.next;
    const [, deepPagesMs] = await time(async () => {
      for (let i = 0; i < 100 && cursor; i++) cursor = (await querySamples(store, {}, { limit: 50, after: cursor })).next;
    });
    const [all, countAllMs] = await time(() => countSamples(store));
    const [, countRunMethodMs] = await time(() => countSamples(store, { runId: runs[0]!.id, method: 'cot' }));
    const [, countModelVerdictMs] = await time(() => countSamples(store, { model, verdict: 'correct' }));
    const [, countSetVerdictMs] = await time(() => countSamples(store, { setId: 'set-1', verdict: 'wrong' }));
    const [, valuesMs] = await time(() => storedModels(store));
    const [outcomes, resumeMs] = await time(() => storedOutcomes(store, runs[3]!.id));
    if (all !== STORED || outcomes.length !== STORED / 4) throw new Error(`stored ${all} samples, run 3 has ${outcomes.length}`);
    const r = (x: number) => Math.round(x * 10) / 10;
    return {
      'collect.store_samples': all,
      'collect.store_put_per_s': Math.round(single / (singleMs / 1000)),
      'collect.store_bulk_put_per_s': Math.round((STORED - single) / (bulkMs / 1000)),
      'collect.store_first_page_ms': r(firstPageMs),
      'collect.store_filtered_page_ms': r(filteredPageMs),
      'collect.store_set_verdict_page_ms': r(setVerdictPageMs),
      'collect.store_next_page_ms_mean': r(deepPagesMs / 100),
      'collect.store_count_all_ms': r(countAllMs),
      'collect.store_count_run_method_ms': r(countRunMethodMs),
      'collect.store_count_model_verdict_ms': r(countModelVerdictMs),
      'collect.store_count_set_verdict_ms': r(countSetVerdictMs),
      'collect.store_models_menu_ms': r(valuesMs),
      'collect.store_resume_25k_ms': r(resumeMs),
    };
  } finally {
    store.close();
    indexedDB.deleteDatabase(store.name);
  }
}
