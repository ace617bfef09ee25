/** The critic's verdict (SIaM): YES, NO, or undecided, with what decided it and why. */
export type VerdictMethod = 'rule' | 'exact' | 'numeric' | 'symbolic' | 'structure' | 'choice' | 'text' | 'llm' | 'none';

export interface Verdict {
  /** true = matches the reference, false = does not, null = undecided. */
  equal: boolean | null;
  method: VerdictMethod;
  /** One short sentence the UI can show. */
  reason: string;
}
