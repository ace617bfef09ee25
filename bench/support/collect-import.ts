/**
 * Import speed for a 50 MB problem set, generated in memory from GSM8K-shaped records (the real
 * test split when ../shared/data is there), every question made unique so nothing is merged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importProblemStream, textChunks } from '../../src/core/problem';

export const IMPORT_MB = 50;
const CHUNK = 1 << 16;

function seedRecords(root: string): Array<{ question: string; answer: string }> {
  const file = join(root, '..', 'shared', 'data', 'gsm8k.test.jsonl');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { question: string; answer: string });
  return [{ question: 'Janet has 16 eggs, eats 3 and bakes 4. She sells the rest at $2. How much does she make?', answer: 'She sells 16 - 3 - 4 = 9 eggs for 9 * 2 = 18 dollars.\n#### 18' }];
}

/** About `mb` megabytes (millions of characters) of JSONL or CSV. */
export function generateSet(root: string, format: 'jsonl' | 'csv', mb = IMPORT_MB): string {
  const seeds = seedRecords(root);
  const parts: string[] = format === 'csv' ? ['id,question,answer\n'] : [];
  let size = 0;
  for (let n = 0; size < mb * 1e6; n++) {
    const s = seeds[n % seeds.length]!;
    const question = `(${n}) ${s.question}`;
    const line = format === 'jsonl'
      ? JSON.stringify({ id: n, question, answer: s.answer }) + '\n'
      : `${n},"${question.replace(/"/g, '""')}","${s.answer.replace(/"/g, '""')}"\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

/** Imports `text` in 64 KiB chunks; the longest chunk is what could freeze a page between two paints. */
export async function measureImport(text: string): Promise<{ ms: number; cpuMs: number; problems: number; chunkMsMax: number; chunkMsP99: number }> {
  const chunkMs: number[] = [];
  let last = performance.now();
  const start = last;
  // CPU time too: on a shared machine wall time mostly measures the other processes.
  const cpu = process.cpuUsage();
  const result = await importProblemStream(textChunks(text, CHUNK), {
    source: 'bench',
    onProgress: () => {
      const now = performance.now();
      chunkMs.push(now - last);
      last = now;
    },
  });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (result.counts.bad > 0 || result.counts.merged > 0) throw new Error(`the generated set imported with ${result.counts.bad} bad and ${result.counts.merged} merged records`);
  chunkMs.sort((a, b) => a - b);
  return { ms, cpuMs: (used.user + used.system) / 1000, problems: result.problems.length, chunkMsMax: chunkMs.at(-1)!, chunkMsP99: chunkMs[Math.floor(chunkMs.length * 0.99)]! };
}
