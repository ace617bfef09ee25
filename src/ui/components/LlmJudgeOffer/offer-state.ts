/**
 * The "ask the language model judge" offer shown beside an undecided verdict: when it is shown,
 * whether it can be used, and what asking is doing. Pure functions of the run and an event, so the
 * component holds no logic and the table of cases is tested in Node (tests/unit/ui/llm-judge-offer.test.ts).
 */
import type { RunState } from '../../state/run-state';
import { errorSentence } from '../../state/error-sentence';

/** Whether the offer appears for a run, and whether its button can be used (and if not, why). */
export interface OfferAvailability {
  show: boolean;
  enabled: boolean;
  /** Why the button is disabled; null when it is enabled. */
  why: string | null;
}

/** The critic is undecided about a finished run that has an answer: the LLM judge may decide. */
export function offerAvailability(run: RunState, busy: boolean): OfferAvailability {
  const finished = run.phase === 'done' || run.phase === 'restored';
  const show = finished && run.answer !== null && run.verdict !== null && run.verdict.equal === null && !run.verdictPending;
  if (!show) return { show: false, enabled: false, why: null };
  if (run.engine?.isRecording) return { show, enabled: false, why: 'A recording cannot judge: load a model or connect a server to ask a language model.' };
  if (busy) return { show, enabled: false, why: 'The model is busy with a solution; ask when it is done.' };
  return { show, enabled: true, why: null };
}

/** What asking is doing. `unclear`: the model replied but said neither YES nor NO. */
export type OfferPhase = { kind: 'ready' } | { kind: 'asking' } | { kind: 'unclear' } | { kind: 'failed'; message: string };

export type OfferEvent =
  | { type: 'ask' }
  /** The model's verdict arrived (the run now carries it), or its reply was not a verdict. */
  | { type: 'settled'; decided: boolean }
  | { type: 'failed'; error: unknown }
  /** The run changed (a new solve, another verdict): start over. */
  | { type: 'reset' };

/** The next phase; a cancellation (AbortError) returns to ready without an error. */
export function applyOfferEvent(phase: OfferPhase, event: OfferEvent): OfferPhase {
  switch (event.type) {
    case 'ask':
      return phase.kind === 'asking' ? phase : { kind: 'asking' };
    case 'settled':
      if (phase.kind !== 'asking') return phase;
      return event.decided ? { kind: 'ready' } : { kind: 'unclear' };
    case 'failed': {
      if (phase.kind !== 'asking') return phase;
      const message = errorSentence(event.error);
      return message === null ? { kind: 'ready' } : { kind: 'failed', message };
    }
    case 'reset':
      return { kind: 'ready' };
  }
}
