/**
 * Real texts for checking the context-window token estimate against real tokenizers: the prompts
 * this app sends with real tool-integrated solutions (ToRA, MathCoder) and bare problems, from the
 * repository's fixtures, and — when ../shared/data is there — every public problem set and the
 * whole ToRA transcript file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPrompt, renderBlocks } from '../../src/core/prompt';
import type { Block } from '../../src/core/transcript';

const root = join(import.meta.dirname, '..', '..');
/** The shared public data, beside the repository (absent on some machines). */
export const SHARED_DATA = join(root, '..', 'shared', 'data');
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
const fields = (line: string) => Object.values(JSON.parse(line) as Record<string, unknown>).map(String).join('\n');

export interface CorpusText {
  name: string;
  text: string;
}

/** Prompts with real solutions and bare problems from the repository's fixtures. */
export function fixtureTexts(): CorpusText[] {
  const texts: CorpusText[] = [];
  for (const [i, line] of lines(join(root, 'tests/fixtures/transcripts/tora-code-34b.gsm8k.first40.jsonl')).entries()) {
    const r = JSON.parse(line) as { question: string; code: string[] };
    texts.push({ name: `tora #${i}`, text: buildPrompt(r.question, 'qwen2.5-math', 'lce').prompt + r.code[0] });
  }
  for (const file of readdirSync(join(root, 'public/replay')).filter((f) => f !== 'index.json')) {
    const r = JSON.parse(readFileSync(join(root, 'public/replay', file), 'utf8')) as { question: string; blocks: Block[] };
    texts.push({ name: file, text: buildPrompt(r.question, 'qwen2', 'lce').prompt + renderBlocks(r.blocks) });
  }
  for (const file of readdirSync(join(root, 'tests/fixtures/problems')).filter((f) => f.endsWith('.jsonl'))) {
    for (const [i, line] of lines(join(root, 'tests/fixtures/problems', file)).entries()) texts.push({ name: `${file} #${i}`, text: fields(line) });
  }
  return texts;
}

/** Every public problem set and ToRA transcript in ../shared/data (empty when it is not there). */
export function sharedDataTexts(): CorpusText[] {
  if (!existsSync(SHARED_DATA)) return [];
  const sets = ['minerva_math', 'gaokao2023en', 'aime24', 'amc23', 'gsm8k', 'svamp'].flatMap((name) => lines(join(SHARED_DATA, `${name}.test.jsonl`)).map((l, i) => ({ name: `${name} #${i}`, text: fields(l) })));
  const tora = lines(join(SHARED_DATA, 'transcripts/tora-code-34b.gsm8k.jsonl')).map((l, i) => ({ name: `tora #${i}`, text: (JSON.parse(l) as { question: string; code: string[] }).question + '\n' + (JSON.parse(l) as { code: string[] }).code[0] }));
  return [...sets, ...tora];
}
