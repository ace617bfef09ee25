/**
 * Builds public/problems/samples.json: a small, mixed set of public problems for the page's
 * "example problems" picker and demos. Reads the test splits in ../shared/data through the same
 * importer users get, so the committed file is data this script reproduces.
 *
 *   npx tsx scripts/build-sample-problems.ts [../shared/data]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { importProblems } from '../src/core/problem';

const dataDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data');

/** Which problems, from which file, under which licence. Indices are spread out, not cherry-picked. */
const PICKS = [
  { file: 'gsm8k.test.jsonl', source: 'gsm8k', licence: 'MIT', take: [0, 1, 2, 100, 400, 800, 1200] },
  { file: 'svamp.test.jsonl', source: 'svamp', licence: 'MIT', take: [0, 500] },
  { file: 'minerva_math.test.jsonl', source: 'minerva_math', licence: 'MIT OCW-derived', take: [0, 52] },
  { file: 'aime24.test.jsonl', source: 'aime24', licence: 'public exam question', take: [0, 10, 20] },
  { file: 'amc23.test.jsonl', source: 'amc23', licence: 'public exam question', take: [0, 20] },
  { file: 'gaokao2023en.test.jsonl', source: 'gaokao2023en', licence: 'public exam question', take: [0, 5, 100, 200] },
] as const;

const samples = PICKS.flatMap(({ file, source, licence, take }) => {
  const { problems, issues } = importProblems(readFileSync(join(dataDir, file), 'utf8'), source);
  if (issues.length > 0) throw new Error(`${file}: ${issues.length} unreadable records, first: ${issues[0]!.reason}`);
  return take.map((i) => {
    const p = problems[i];
    if (!p) throw new Error(`${file} has no problem #${i}`);
    return { ...p, licence };
  });
});

const outDir = join(import.meta.dirname, '..', 'public', 'problems');
mkdirSync(outDir, { recursive: true });
const doc = {
  about: 'Example problems from public test splits (Qwen2.5-Math evaluation data). Each keeps its source and licence.',
  problems: samples,
};
writeFileSync(join(outDir, 'samples.json'), JSON.stringify(doc, null, 2) + '\n');
process.stdout.write(`wrote ${samples.length} problems to public/problems/samples.json\n`);
