/** Words the Data and export views show for stored values. */
import type { VerdictKey } from '../../../core/collect';

export const VERDICT_WORDS: Record<VerdictKey, string> = { correct: 'Correct', wrong: 'Incorrect', undecided: 'Undecided', unjudged: 'Not judged' };

/** `engine|id|quantization|url` (a run's model key) as a short label: the id, then what tells versions apart. */
export function modelLabel(key: string): string {
  const [engine, id, quantization, url] = key.split('|');
  const extra = [engine, quantization, url].filter(Boolean).join(', ');
  return extra ? `${id} (${extra})` : (id ?? key);
}

/** The model id inside a model key (what exports filter on). */
export function modelIdOf(key: string): string {
  return key.split('|')[1] ?? key;
}

/** A date and time, short, in the user's locale. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}
