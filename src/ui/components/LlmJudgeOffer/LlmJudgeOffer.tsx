/** Offers the critic's optional LLM judge for an undecided verdict: a button, progress with Cancel, and what came of it. */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { RunState } from '../../state/run-state';
import { applyOfferEvent, offerAvailability, type OfferPhase } from './offer-state';

export interface LlmJudgeOfferProps {
  run: RunState;
  /** A solve is running: the one engine is in use. */
  busy: boolean;
  /** Asks the loaded model; resolves whether it gave a verdict (the run then carries it). */
  ask: (signal: AbortSignal) => Promise<boolean>;
}

const READY: OfferPhase = { kind: 'ready' };

/** Renders nothing unless the critic is undecided about a finished run's answer. */
export function LlmJudgeOffer({ run, busy, ask }: LlmJudgeOfferProps) {
  const [phase, dispatch] = useReducer(applyOfferEvent, READY);
  const controller = useRef<AbortController | null>(null);
  // Another run or verdict starts the offer over; a question still in flight is cancelled.
  useEffect(() => {
    dispatch({ type: 'reset' });
    return () => controller.current?.abort();
  }, [run.runId, run.verdict]);
  const offer = offerAvailability(run, busy);
  if (!offer.show) return null;
  const onAsk = async () => {
    const c = new AbortController();
    controller.current = c;
    dispatch({ type: 'ask' });
    try {
      dispatch({ type: 'settled', decided: await ask(c.signal) });
    } catch (error) {
      dispatch({ type: 'failed', error });
    }
  };
  return (
    <div class="llm-judge-offer" data-testid="llm-judge-offer">
      {phase.kind === 'asking' ? (
        <p role="status">
          Asking the language model…{' '}
          <button type="button" class="secondary" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" class="secondary" disabled={!offer.enabled} title={offer.why ?? undefined} onClick={() => void onAsk()}>
          Ask the language model judge
        </button>
      )}
      {offer.why && <p class="hint">{offer.why}</p>}
      {phase.kind === 'unclear' && <p class="hint">The model gave no clear YES or NO; the verdict stays undecided.</p>}
      {phase.kind === 'failed' && (
        <p class="run-error" role="alert">
          {phase.message}
        </p>
      )}
    </div>
  );
}
