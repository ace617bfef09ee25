/**
 * What each in-browser model is good for in this app: the methods whose format it was trained on,
 * those it merely follows when asked, its thinking tags, published scores and a note for the models
 * panel. Pure data keyed by model id, so prebuilt and self-hosted models get the same advice.
 *
 * Sources: Qwen's model cards and reports (Qwen2-Math-Instruct supports chain of thought only;
 * Qwen2.5-Math-Instruct was trained for chain of thought and tool-integrated reasoning, the
 * ```python / ```output format LCE, Code and Auto use), DeepSeek-R1's and WizardMath's cards. Scores
 * are MATH accuracy as published for the full-precision models (zero-shot; CoT and TIR), not for
 * web-llm's 4-bit builds, which no one has published; they only rank models here.
 */
import type { PromptFamily } from '../../core/prompt';
import type { Method } from '../../core/transcript';

/** A model's reasoning block and how the app's prompt family deals with it. */
export interface ThinkingTags {
  open: string;
  close: string;
  /** `opened`: the prompt opens the block and the model thinks (DeepSeek-R1); `skipped`: the prompt writes it empty (Qwen3's non-thinking mode). */
  prompt: 'opened' | 'skipped';
}

/** Published MATH accuracy (%) of the full-precision model. */
export interface PublishedScores {
  cot?: number;
  tir?: number;
  source: string;
}

export interface ModelGuide {
  /** Methods whose format the model was trained on. */
  trained: readonly Method[];
  /** Methods it follows when asked, without training on their format. */
  tolerated: readonly Method[];
  thinking: ThinkingTags | null;
  scores: PublishedScores | null;
  /** For the models panel: what the model is for and what to expect. */
  note: string;
}

/** How well a model suits a method. */
export type MethodFit = 'trained' | 'tolerated' | 'unsuited';

const CODE_METHODS: readonly Method[] = ['code', 'lce', 'auto'];
const ALL: readonly Method[] = ['cot', ...CODE_METHODS];

const QWEN25_MATH_SCORES: Record<string, PublishedScores> = {
  '1.5': { cot: 75.8, tir: 79.7, source: 'Qwen2.5-Math report' },
  '7': { cot: 83.6, tir: 85.3, source: 'Qwen2.5-Math report' },
};

interface Rule {
  match: RegExp;
  guide: (size: string, id: string) => ModelGuide;
}

// First match wins: DeepSeek-R1-Distill-Qwen is a Qwen base with DeepSeek's training.
const RULES: Rule[] = [
  {
    match: /deepseek[-_ ]?r1/i,
    guide: () => ({
      trained: ['cot'],
      tolerated: CODE_METHODS,
      thinking: { open: '<think>', close: '</think>', prompt: 'opened' },
      // Its published scores assume up to 32k tokens of thinking: not comparable in a 4k window.
      scores: null,
      note: 'Reasons at length inside <think>…</think> before answering; in web-llm’s 4,096-token window long problems often end at the length cap. Chain of thought only: it writes Python when asked but was not trained on the ```output format.',
    }),
  },
  {
    match: /qwen2\.5[-_ ]?math/i,
    guide: (size) => ({
      trained: ALL,
      tolerated: [],
      thinking: null,
      scores: QWEN25_MATH_SCORES[size] ?? null,
      note: 'Trained on chain of thought and on Qwen’s tool-integrated format (```python, then ```output): the model for LCE, Code and Auto.',
    }),
  },
  {
    match: /qwen2[-_ ]?math/i,
    guide: (size) => ({
      trained: ['cot'],
      tolerated: CODE_METHODS,
      thinking: null,
      scores: size === '7' ? { cot: 75.1, source: 'Qwen2-Math release' } : size === '1.5' ? { cot: 69.4, source: 'Qwen2-Math release' } : null,
      note: 'Chain of thought only (Qwen’s documentation): it writes Python when asked, but was not trained on the ```output format that LCE, Code and Auto use.',
    }),
  },
  {
    match: /qwen3/i,
    guide: (_size, id) => ({
      trained: ['cot'],
      tolerated: CODE_METHODS,
      thinking: { open: '<think>', close: '</think>', prompt: 'skipped' },
      scores: null,
      note:
        'General model run in non-thinking mode so answers fit the 4k window; tool use was trained as JSON function calls, not the ```output format.' +
        (/qwen3\.5/i.test(id) ? ' Hybrid attention (a recurrent state beside the KV cache).' : ''),
    }),
  },
  {
    match: /qwen2\.5-\d+(\.\d+)?b-instruct/i,
    guide: (size) => ({
      trained: ['cot'],
      tolerated: CODE_METHODS,
      thinking: null,
      scores: size === '7' ? { cot: 75.5, source: 'Qwen2.5 release' } : null,
      note: 'A general model with math chain of thought in its training; writes good Python, but was not trained on the ```output format.',
    }),
  },
  {
    match: /wizard[-_ ]?math/i,
    guide: () => ({
      trained: ['cot'],
      tolerated: [],
      thinking: null,
      scores: { cot: 33.0, source: 'WizardMath-7B-V1.1 model card' },
      note: 'Chain of thought only (Alpaca format); not suited to Python methods. Needs shader-f16.',
    }),
  },
];

/** The guide for a model id; a model we know nothing about gets every method as "tolerated". */
export function guideFor(modelId: string, family: PromptFamily): ModelGuide {
  const size = /(\d+(?:\.\d+)?)B/i.exec(modelId)?.[1] ?? '';
  const rule = RULES.find((r) => r.match.test(modelId));
  if (rule) return rule.guide(size, modelId);
  // A self-hosted model named after no known one: its prompt family is the only hint. This is
  // training knowledge, not prompt layout: only Qwen2.5-Math's format implies how its models were
  // trained (tool-integrated); every other family's template is shared by models trained otherwise.
  if (family === 'qwen2.5-math') return RULES.find((r) => r.match.test('qwen2.5-math'))!.guide(size, modelId);
  return { trained: [], tolerated: ALL, thinking: null, scores: null, note: 'No training information for this model: every method is offered, none is known to fit.' };
}

/** Whether `guide`'s model was trained for `method`, merely tolerates it, or does not suit it. */
export function methodFit(guide: ModelGuide, method: Method): MethodFit {
  return guide.trained.includes(method) ? 'trained' : guide.tolerated.includes(method) ? 'tolerated' : 'unsuited';
}
