/** The JSONL sink of `lce collect`: resume from the file, repair a cut last line, one writer at a time. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { modelKey, outcomeOf } from '../../../src/core/collect';
import type { Sample } from '../../../src/core/dataset/sample';
import { openJsonlSink } from '../../../src/cli/jsonl-sink';

const dir = mkdtempSync(join(tmpdir(), 'lce-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'dataset', 'samples.jsonl'), 'utf8').trim().split('\n');

/** A fixture sample as run `run` made it, attempt `n`. */
function sample(n: number, run = 'r1'): Sample {
  const s = JSON.parse(fixtures[n % fixtures.length]!) as Sample;
  return { ...s, schema: 2, id: `${run}/p${n}/lce/0`, runId: run, attempt: 0 };
}
const line = (s: Sample) => `${JSON.stringify(s)}\n`;
const outcome = (s: Sample) => outcomeOf(s, modelKey({ engine: s.engine.kind, id: s.engine.model }));
let n = 0;
const fresh = (content = '') => {
  const file = join(dir, `s${n++}.jsonl`);
  writeFileSync(file, content);
  return file;
};

describe('openJsonlSink', () => {
  describe('should resume from what the file holds', () => {
    test('for samples of two runs: each run gets its own outcomes, every id is known', async () => {
      const file = fresh(line(sample(0)) + line(sample(1, 'other')) + line(sample(2)));
      const sink = await openJsonlSink('collect', file);
      expect((await sink.stored('r1')).map((o) => o.id)).toEqual(['r1/p0/lce/0', 'r1/p2/lce/0']);
      expect(await sink.put(sample(1, 'other'), outcome(sample(1, 'other')))).toBe('exists');
      expect(sink.repaired).toBe(null);
      await sink.close();
      expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4);
    });

    test('for a line in the middle that is not a sample: reported and left as it is', async () => {
      const file = fresh(line(sample(0)) + '{not a sample}\n' + line(sample(2)));
      const sink = await openJsonlSink('collect', file);
      expect(sink.unreadable).toEqual([expect.stringMatching(/line 2: not JSON/) as string]);
      await sink.close();
      expect(readFileSync(file, 'utf8')).toContain('{not a sample}\n');
    });
  });

  describe('should repair the last line an interrupted write left', () => {
    test('for a line cut short: dropped, so its sample is made again', async () => {
      const whole = line(sample(0));
      const cut = line(sample(1)).slice(0, 200);
      const file = fresh(whole + cut);
      const sink = await openJsonlSink('collect', file);
      expect(sink.repaired).toBe('dropped the last line (200 bytes), cut short by an interrupted write; its sample will be made again');
      expect((await sink.stored('r1')).map((o) => o.id)).toEqual(['r1/p0/lce/0']);
      expect(await sink.put(sample(1), outcome(sample(1)))).toBe('written');
      await sink.close();
      expect(readFileSync(file, 'utf8')).toBe(whole + line(sample(1)));
    });

    test('for a whole line that lacks only its newline: kept, the newline added', async () => {
      const file = fresh(line(sample(0)) + line(sample(1)).trimEnd());
      const sink = await openJsonlSink('collect', file);
      expect(sink.repaired).toMatch(/lacked its newline/);
      expect((await sink.stored('r1')).map((o) => o.id)).toEqual(['r1/p0/lce/0', 'r1/p1/lce/0']);
      await sink.close();
      expect(readFileSync(file, 'utf8')).toBe(line(sample(0)) + line(sample(1)));
    });
  });

  test('should write concurrent samples as whole lines, each id once', async () => {
    const file = fresh();
    const sink = await openJsonlSink('collect', file);
    const samples = Array.from({ length: 20 }, (_, i) => sample(i));
    const stored = await Promise.all([...samples, ...samples.slice(0, 5)].map((s) => sink.put(s, outcome(s))));
    await sink.close();
    expect(stored.filter((s) => s === 'written')).toHaveLength(20);
    const ids = readFileSync(file, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as Sample).id);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toHaveLength(20);
  });

  describe('should let one process write a file at a time', () => {
    test('for a lock held by a live process: refused, naming it', async () => {
      const file = fresh();
      const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
      try {
        writeFileSync(`${file}.lock`, String(holder.pid));
        await expect(openJsonlSink('collect', file)).rejects.toThrow(`lce collect: ${file} is being written by another lce collect (process ${holder.pid}); wait for it to finish or stop it, then run again`);
      } finally {
        holder.kill();
      }
    });

    test('for a lock left by a process that died: taken over, and released on close', async () => {
      const file = fresh();
      const gone = spawn(process.execPath, ['-e', '0']);
      await new Promise((r) => gone.once('exit', r));
      writeFileSync(`${file}.lock`, String(gone.pid));
      const sink = await openJsonlSink('collect', file);
      expect(readFileSync(`${file}.lock`, 'utf8')).toBe(String(process.pid));
      await sink.close();
      expect(existsSync(`${file}.lock`)).toBe(false);
    });
  });
});
