import { describe, expect, test } from 'vitest';
import { importProblems } from '../../../src/core/problem';
import {
  countSamples, createRun, deleteProblemSet, deleteRun, deleteSetting, getProblemSet, getProblems, getRun, getSample, getSetting,
  listProblemSets, listRuns, putSample, putSetting, saveProblemSet, setRunStatus,
} from '../../../src/store';
import { freshStore, sample, spec } from './support';

describe('problem sets', () => {
  describe('should keep an imported set with its problems in order and its report', () => {
    test('for a JSONL paste with a bad line and a duplicate', async () => {
      const store = await freshStore();
      const result = importProblems('{"question":"What is 1+1?","answer":"2"}\n{oops\n{"question":"What is 2+2?","answer":"4"}\n{"question":"What is 1+1?"}\n', 'mine');
      const set = await saveProblemSet(store, { name: 'Mine', source: 'mine', origin: { kind: 'paste' }, result, now: new Date('2026-12-02T10:00:00Z') });
      expect(set).toMatchObject({ name: 'Mine', format: 'jsonl', shape: 'qa', count: 2, counts: { records: 4, kept: 2, bad: 1, merged: 1, renamed: 0 } });
      expect(set.issues.map((i) => [i.kind, i.line])).toEqual([['bad-record', 2], ['merged', 4]]);
      expect(await getProblems(store, set.id)).toEqual(result.problems);
      expect(await getProblemSet(store, set.id)).toEqual(set);
      const later = await saveProblemSet(store, { name: 'Later', source: 'l', origin: { kind: 'bundled', name: 'gsm8k-50.jsonl' }, licence: 'MIT', result: importProblems('{"question":"q"}', 'l'), now: new Date('2026-12-02T11:00:00Z') });
      expect((await listProblemSets(store)).map((s) => s.name)).toEqual(['Later', 'Mine']);
      await deleteProblemSet(store, set.id);
      expect(await getProblems(store, set.id)).toEqual([]);
      expect((await listProblemSets(store)).map((s) => s.id)).toEqual([later.id]);
    });
  });
});

describe('runs', () => {
  describe('should record status changes and tell why a run failed', () => {
    test('for a run that starts, fails, and is resumed', async () => {
      const store = await freshStore();
      await createRun(store, spec(), { setName: 'sums', total: 8, now: new Date('2026-12-02T10:00:00Z') });
      await expect(createRun(store, spec(), { setName: 'sums', total: 8 })).rejects.toMatchObject({ name: 'ConstraintError' });
      expect((await setRunStatus(store, 'run-a', 'failed', { name: 'EngineRequestError', message: 'HTTP 503' }))?.error).toEqual({ name: 'EngineRequestError', message: 'HTTP 503' });
      const resumed = await setRunStatus(store, 'run-a', 'running');
      expect(resumed).toMatchObject({ status: 'running' });
      expect(resumed).not.toHaveProperty('error');
      expect(await setRunStatus(store, 'no-such-run', 'paused')).toBeUndefined();
      await createRun(store, spec({ id: 'run-b', setId: 'set-2' }), { setName: 'other', total: 4, now: new Date('2026-12-02T11:00:00Z') });
      expect((await listRuns(store)).map((r) => r.id)).toEqual(['run-b', 'run-a']);
      expect((await listRuns(store, { setId: 'set-2' })).map((r) => r.id)).toEqual(['run-b']);
    });
  });

  describe('should delete a run with all its samples and nothing else', () => {
    test('for two runs sharing the database', async () => {
      const store = await freshStore();
      const a = await createRun(store, spec(), { setName: 's', total: 2 });
      const b = await createRun(store, spec({ id: 'run-b' }), { setName: 's', total: 2 });
      for (const i of [1, 2]) await putSample(store, sample(i), a);
      await putSample(store, sample(3, { runId: 'run-b' }), b);
      expect(await deleteRun(store, 'run-a')).toBe(2);
      expect(await getRun(store, 'run-a')).toBeUndefined();
      expect(await getSample(store, sample(1).id)).toBeUndefined();
      expect(await countSamples(store)).toBe(1);
      expect(await countSamples(store, { runId: 'run-b' })).toBe(1);
    });
  });
});

describe('settings', () => {
  test('should keep plain values across connections', async () => {
    const store = await freshStore();
    expect(await getSetting(store, 'engine')).toBeUndefined();
    await putSetting(store, 'engine', { kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1' });
    expect(await getSetting(store, 'engine')).toEqual({ kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1' });
    await deleteSetting(store, 'engine');
    expect(await getSetting(store, 'engine')).toBeUndefined();
  });
});
