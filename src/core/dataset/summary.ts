/**
 * The first pass of an export keeps one small summary per sample — ids, keys, verdict, lengths, a
 * similarity sketch — instead of the sample, so pairing, de-duplication and the AutoCode estimates
 * run over 100k samples in a few tens of MB whatever the transcripts' length. The second pass
 * fetches only the samples the plan picked (./source.ts).
 */
import { buildPrompt, isPromptFamily, PROMPT_FAMILIES, type PromptFamily } from '../prompt';
import { METHODS, type Method } from '../transcript';
import { sampleFamily } from './conversation';
import { sha256Hex, type SketchStore } from './fingerprint';
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
  /**
   * SHA-256 of the question: one problem across methods (AutoCode, the eval split). Empty when
   * the export needs none (no eval split, not AutoCode), like `sketch`.
   */
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

const FAMILY_INDEX = new Map(PROMPT_FAMILIES.map((f, i) => [f, i]));

/** The SHA-256 keys of one question: its problem key and the prompt id per family × method. */
interface QuestionKeys {
  problemKey?: string;
  /** Indexed by family index × METHODS.length + method index. */
  prompts: (string | undefined)[];
}

/**
 * Memoises the SHA-256 keys (k samples × methods share one question), forgetting the oldest
 * questions past `size` so memory stays bounded on any input, and interns the short strings every
 * summary repeats (model ids, run ids), which JSON parsing would otherwise copy per sample. The
 * keys are pure functions of (question, family, method): the cache only saves hashing.
 */
export function createKeyCache(size = KEY_CACHE_SIZE) {
  const byQuestion = new Map<string, QuestionKeys>();
  const entry = (question: string): QuestionKeys => {
    let e = byQuestion.get(question);
    if (e === undefined) {
      if (byQuestion.size >= size) byQuestion.delete(byQuestion.keys().next().value!);
      byQuestion.set(question, (e = { prompts: [] }));
    }
    return e;
  };
  const interned = new Map<string, string>();
  const familyByModel = new Map<string, PromptFamily>();
  return {
    /** The sample's prompt family (`sampleFamily`) as our own constant string. */
    family(sample: Pick<Sample, 'engine'>): PromptFamily {
      const { family, model } = sample.engine;
      if (isPromptFamily(family)) return PROMPT_FAMILIES[FAMILY_INDEX.get(family)!]!;
      // Otherwise it depends on the model id alone (a few regular expressions): remember it.
      let f = familyByModel.get(model);
      if (f === undefined) {
        f = sampleFamily(sample);
        if (familyByModel.size < 10_000) familyByModel.set(model, f);
      }
      return f;
    },
    /** Sets a summary's prompt id (SHA-256 of the exact prompt text) and, if asked, its problem key (of the question). */
    assign(summary: Pick<SampleSummary, 'family' | 'method' | 'promptId' | 'problemKey'>, question: string, problemKey: boolean): void {
      const e = entry(question);
      const slot = FAMILY_INDEX.get(summary.family)! * METHODS.length + METHODS.indexOf(summary.method);
      summary.promptId = e.prompts[slot] ??= sha256Hex(buildPrompt(question, summary.family, summary.method).prompt);
      if (problemKey) summary.problemKey = e.problemKey ??= sha256Hex(question);
    },
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

/**
 * Summarises one valid sample with what the filters look at. Its keys are left empty: hashing
 * and sketching cost most of the first pass, so `completeSummary` adds them only to the summaries
 * the plan will read.
 */
export function summarise(sample: Sample, ref: SampleRef, keys: KeyCache): SampleSummary {
  const family = keys.family(sample);
  let chars = 0;
  let cells = 0;
  let errors = 0;
  for (const b of sample.blocks) {
    if (b.type === 'text' || b.type === 'code') chars += b.content.length;
    else {
      cells++;
      if (b.type === 'error') errors++;
    }
  }
  const verdict = sample.verdict ? sample.verdict.equal : null;
  const summary: SampleSummary = {
    id: sample.id,
    ref,
    family,
    // Our own constant string, not one parsed copy per sample.
    method: METHODS[METHODS.indexOf(sample.method)]!,
    model: keys.intern(sample.engine.model),
    promptId: '',
    problemKey: '',
    verdict,
    finished: sample.stopReason === 'answered',
    rounds: sample.rounds,
    chars,
    codeErrorRate: cells > 0 ? errors / cells : null,
    methodology: methodologyOf(sample),
    sketch: NO_SKETCH,
  };
  if (sample.runId !== undefined) summary.runId = keys.intern(sample.runId);
  const chosen = sample.method === 'auto' ? sample.strategy?.chosen : undefined;
  if (chosen === 'cot' || chosen === 'code') summary.autoChoice = chosen;
  if (sample.logprob !== undefined) summary.logprob = sample.logprob;
  return summary;
}

/** What a plan reads besides the filters' fields. */
export interface SummaryNeeds {
  /** The eval split or AutoCode's grouping will read problem keys. */
  problemKey: boolean;
  /** Where to keep sketches, when a de-duplication will compare this summary; else null. */
  sketches: SketchStore | null;
}

/** Adds the SHA-256 prompt id and what else the plan will read (the problem key, the sketch). */
export function completeSummary(summary: SampleSummary, sample: Sample, keys: KeyCache, needs: SummaryNeeds): void {
  keys.assign(summary, sample.problem.question, needs.problemKey);
  const sketches = needs.sketches;
  if (sketches) summary.sketch = sketches.sketchOfBlocks(sample.blocks);
}
