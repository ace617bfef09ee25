/** Near-duplicate removal within one group of responses (same prompt and label). */
import { similarity } from './fingerprint';
import type { SampleSummary } from './summary';

/**
 * Keeps each response unless one already kept is at least `threshold` similar (estimated Jaccard
 * of word 3-grams). Greedy in the given order, so the caller's rank order decides which copy
 * stays. `null` keeps everything.
 */
export function distinct(group: readonly SampleSummary[], threshold: number | null): { kept: SampleSummary[]; dropped: number } {
  if (threshold === null) return { kept: [...group], dropped: 0 };
  const kept: SampleSummary[] = [];
  for (const s of group) {
    if (!kept.some((k) => similarity(k.sketch, s.sketch) >= threshold)) kept.push(s);
  }
  return { kept, dropped: group.length - kept.length };
}
