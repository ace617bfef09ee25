import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { jsonlSource } from '../../../src/cli/jsonl-source';

const dir = mkdtempSync(join(tmpdir(), 'lce-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `values` as JSONL and returns the file with the reference of every line. */
async function written(name: string, values: unknown[]): Promise<{ file: string; refs: unknown[] }> {
  const file = join(dir, name);
  writeFileSync(file, values.map((v) => JSON.stringify(v)).join('\n') + '\n');
  const refs: unknown[] = [];
  for await (const item of jsonlSource([file]).scan()) if (item.kind === 'record') refs.push(item.ref);
  return { file, refs };
}

describe('jsonlSource', () => {
  describe('should load every reference asked for, in the order asked, however the lines lie in the files', () => {
    test('for lines out of order, repeated, far apart (more than a read spans) and in two files', async () => {
      const pad = 'p'.repeat(300 * 2 ** 10);
      const a = Array.from({ length: 40 }, (_, i) => ({ i, text: i % 10 === 0 ? pad : `line ${i} ½ 𝑥` }));
      const b = [{ other: 1 }, { other: 2 }];
      const fa = await written('a.jsonl', a);
      const fb = await written('b.jsonl', b);
      const source = jsonlSource([fa.file, fb.file]);
      // References from each file's own scan carry file 0; the two-file source numbers b's lines 1.
      const refsB: unknown[] = [];
      for await (const item of source.scan()) if (item.kind === 'record' && (item.where.startsWith(fb.file))) refsB.push(item.ref);
      const order = [39, 0, 5, 5, 20, 1, 38, 10, 11, 30, 2];
      const got = await source.load([...order.map((i) => fa.refs[i]), refsB[1], refsB[0]]);
      expect(got).toEqual([...order.map((i) => a[i]), b[1], b[0]]);
      await source.close();
    });
  });

  describe('should give nothing for a line the file no longer holds', () => {
    test('for a file cut short after the scan', async () => {
      const values = Array.from({ length: 10 }, (_, i) => ({ i }));
      const { file, refs } = await written('cut.jsonl', values);
      const source = jsonlSource([file]);
      const line = JSON.stringify(values[0]).length + 1;
      truncateSync(file, line * 7 + 3);
      expect(await source.load(refs)).toEqual([...values.slice(0, 7), undefined, undefined, undefined]);
      await source.close();
    });
  });
});
