/** A math problem, as imported from a problem set or typed by the user. */
export interface Problem {
  id: string;
  question: string;
  /** Reference answer in any format the critic reads (LaTeX, fraction, set, interval…). */
  reference?: string;
  /** Where the problem came from, e.g. `gsm8k/test#12`. */
  source?: string;
}
