/**
 * The first pass of an export keeps one small summary per sample — ids, keys, verdict, lengths, a
 * similarity sketch — instead of the sample, so pairing, de-duplication and the AutoCode estimates
 * run over 100k samples in a few tens of MB whatever the transcripts' length. The second pass
 * fetches only the samples the plan picked (./source.ts).
 */
import { buildPrompt, type PromptFamily } from '../prompt';
import { METHODS, type Method } from '../transcript';
import { sampleFamily } from './conversation';
import { sha256Hex, sketchOf } from './fingerprint';
import type { Sample } from './sample';
import type { SampleRef } from './source';

/** What the planners know about one sample. */
export interface SampleSummary {
  id: string;
  ref: SampleRef;
  family: PromptFamily;
  method: Method;
  model: string;
  runId?: string;
  /** SHA-256 of the exact prompt text (family × method × question). */
  promptId: string;
  /** SHA-256 of the question: one problem across methods (AutoCode, the eval split). */
  problemKey: string;
  /** The critic's verdict: true = correct, false = wrong, null = undecided or not judged. */
  verdict: boolean | null;
  /** The model ended its turn (or the program ran): nothing was cut off by a cap or an abort. */
  finished: boolean;
  rounds: number;
  /** Characters the model wrote (text and code, not execution output). */
  chars: number;
  /** Share of executed cells that raised an error; null when no cell ran. */
  codeErrorRate: number | null;
  /** Methodology the rollout followed, for AutoCode: `cot`, `code`, or null (undecided / switched). */
  methodology: 'cot' | 'code' | null;
  /** Under `auto`: the method the model's first cue chose (switched or not), for the prior. */
  autoChoice?: 'cot' | 'code';
  logprob?: number;
  /** MinHash sketch of what the model wrote; empty when no de-duplication will look at it. */
  sketch: Uint32Array;
}

/** How many recent questions keep their keys: samples of one problem arrive close together. */
const KEY_CACHE_SIZE = 4096;

/**
 * Memoises the SHA-256 keys (k samples × methods share one question), forgetting the oldest
 * questions past a limit so memory stays bounded on any input, and interns the short strings every
 * summary repeats (model ids, run ids), which JSON parsing would otherwise copy per sample.
 */
export function createKeyCache() {
  const byQuestion = new Map<string, { problemKey: string; prompts: Map<string, string> }>();
  const entry = (question: string) => {
    let e = byQuestion.get(question);
    if (e === undefined) {
      if (byQuestion.size >= KEY_CACHE_SIZE) byQuestion.delete(byQuestion.keys().next().value!);
      byQuestion.set(question, (e = { problemKey: sha256Hex(question), prompts: new Map() }));
    }
    return e;
  };
  const interned = new Map<string, string>();
  return {
    promptId(question: string, family: PromptFamily, method: Method): string {
      const prompts = entry(question).prompts;
      const key = `${family}/${method}`;
      let id = prompts.get(key);
      if (id === undefined) prompts.set(key, (id = sha256Hex(buildPrompt(question, family, method).prompt)));
      return id;
    },
    problemKey: (question: string): string => entry(question).problemKey,
    intern(text: string): string {
      const known = interned.get(text);
      if (known !== undefined) return known;
      // Only few distinct values are expected; past that, stop growing the table.
      if (interned.size < 10_000) interned.set(text, text);
      return text;
    },
  };
}

export type KeyCache = ReturnType<typeof createKeyCache>;

/** AutoCode4Math's two methodologies: `code` and `lce` integrate code; `auto` follows its cue. */
function methodologyOf(sample: Sample): 'cot' | 'code' | null {
  if (sample.method === 'cot') return 'cot';
  if (sample.method === 'code' || sample.method === 'lce') return 'code';
  // A switched auto rollout used both methods: its outcome says nothing about either alone.
  const s = sample.strategy;
  return s && !s.switched && s.chosen !== 'unknown' ? s.chosen : null;
}

const NO_SKETCH = new Uint32Array(0);

/** Summarises one valid sample; `sketch` says whether near-duplicate removal will need its sketch. */
export function summarise(sample: Sample, ref: SampleRef, keys: KeyCache, sketch: (verdict: boolean | null) => boolean): SampleSummary {
  const family = keys.intern(sampleFamily(sample)) as PromptFamily;
  let chars = 0;
  let cells = 0;
  let errors = 0;
  const written: string[] = [];
  for (const b of sample.blocks) {
    if (b.type === 'text' || b.type === 'code') {
      chars += b.content.length;
      written.push(b.content);
    } else {
      cells++;
      if (b.type === 'error') errors++;
    }
  }
  const verdict = sample.verdict ? sample.verdict.equal : null;
  const summary: SampleSummary = {
    id: sample.id,
    ref,
    family,
    method: METHODS.find((m) => m === sample.method)!,
    model: keys.intern(sample.engine.model),
    promptId: keys.promptId(sample.problem.question, family, sample.method),
    problemKey: keys.problemKey(sample.problem.question),
    verdict,
    finished: sample.stopReason === 'answered',
    rounds: sample.rounds,
    chars,
    codeErrorRate: cells > 0 ? errors / cells : null,
    methodology: methodologyOf(sample),
    sketch: sketch(verdict) ? sketchOf(written) : NO_SKETCH,
  };
  if (sample.runId !== undefined) summary.runId = keys.intern(sample.runId);
  const chosen = sample.method === 'auto' ? sample.strategy?.chosen : undefined;
  if (chosen === 'cot' || chosen === 'code') summary.autoChoice = chosen;
  if (sample.logprob !== undefined) summary.logprob = sample.logprob;
  return summary;
}
