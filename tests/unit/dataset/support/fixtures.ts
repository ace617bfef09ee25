/** The dataset fixtures: real samples made by `tests/fixtures/dataset/build-samples.ts`, and what their model saw. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from '@huggingface/jinja';
import type { Sample } from '../../../../src/core/dataset/sample';
import type { Message } from '../../../../src/core/dataset/conversation';

const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'dataset');

const jsonl = <T>(file: string): T[] => readFileSync(join(dir, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);

/** The fixture samples (26 real transcripts through solve() and the critic). */
export function fixtureSamples(): Sample[] {
  return jsonl<Sample>('samples.jsonl');
}

/** Per sample: every prompt the engine was sent, and the full text the model read and wrote. */
export function fixtureTexts(): Map<string, { prompts: string[]; text: string }> {
  return new Map(jsonl<{ sample_id: string; prompts: string[]; text: string }>('texts.jsonl').map((t) => [t.sample_id, t]));
}

/** Renders messages with a chat template through @huggingface/jinja (the engine transformers.js uses). */
export function render(template: string, messages: Message[], vars: Record<string, unknown> = {}): string {
  return new Template(template).render({ messages, bos_token: '', eos_token: '', ...vars });
}
