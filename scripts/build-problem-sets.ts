/**
 * Builds the small public problem sets the batch view offers at once (public/problems/*.jsonl and
 * their manifest sets.json): the first lines of each test split in ../shared/data, unchanged, with
 * source and licence named. Each excerpt is checked through the same importer users get.
 *
 *   npx tsx scripts/build-problem-sets.ts [../shared/data]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { importProblems } from '../src/core/problem';

const dataDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const UPSTREAM = 'QwenLM/Qwen2.5-Math evaluation/data';

/** Which sets, how many of their first lines, under which licence. Small on purpose: the app ships them. */
const SETS = [
  { file: 'gsm8k.test.jsonl', name: 'GSM8K test (first 50)', source: 'gsm8k', licence: 'MIT', take: 50 },
  { file: 'svamp.test.jsonl', name: 'SVAMP test (first 50)', source: 'svamp', licence: 'MIT', take: 50 },
  { file: 'minerva_math.test.jsonl', name: 'Minerva math test (first 30)', source: 'minerva_math', licence: 'MIT OCW-derived', take: 30 },
  { file: 'aime24.test.jsonl', name: 'AIME 2024 (first 10)', source: 'aime24', licence: 'public exam questions', take: 10 },
  { file: 'amc23.test.jsonl', name: 'AMC 2023 (all 40)', source: 'amc23', licence: 'public exam questions', take: 40 },
  { file: 'gaokao2023en.test.jsonl', name: 'Gaokao 2023 English (first 50)', source: 'gaokao2023en', licence: 'public exam questions', take: 50 },
] as const;

const outDir = join(import.meta.dirname, '..', 'public', 'problems');
mkdirSync(outDir, { recursive: true });
const manifest = SETS.map(({ file, name, source, licence, take }) => {
  const lines = readFileSync(join(dataDir, file), 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, take);
  const text = lines.join('\n') + '\n';
  const { problems, issues } = importProblems(text, source);
  if (issues.length > 0 || problems.length !== take) throw new Error(`${file}: ${problems.length} of ${take} problems, first issue: ${issues[0]?.reason}`);
  const out = file.replace('.test.jsonl', `.first${take}.jsonl`);
  writeFileSync(join(outDir, out), text);
  return { file: out, name, source, licence, count: take, upstream: `${UPSTREAM}/${file.replace('.test.jsonl', '')}/test.jsonl` };
});
const doc = {
  about: 'Small public problem sets for batch runs: the first lines of public test splits, unchanged, as published in the Qwen2.5-Math evaluation data. Each names its source and licence.',
  sets: manifest,
};
writeFileSync(join(outDir, 'sets.json'), JSON.stringify(doc, null, 2) + '\n');
process.stdout.write(`wrote ${manifest.length} sets to public/problems/\n`);
