/**
 * The live line of `lce solve` on a terminal: what the solve is doing now (connecting, waiting for
 * the first token, writing, running a cell, judging), the round, tokens so far and the time, ticking
 * every second so a slow server is visibly slow rather than silent.
 */
import type { SolveEvent } from '../core/lce/events';
import { formatDuration, type StatusLine } from './status-line';

type Phase = 'loading' | 'waiting' | 'writing' | 'running' | 'judging';

export interface SolveProgress {
  loading(text: string): void;
  event(event: SolveEvent): void;
  judging(): void;
  stop(): void;
}

/** Feeds `status` from a solve's events; `now` and the tick are injectable for tests. */
export function createSolveProgress(status: StatusLine, now: () => number = Date.now): SolveProgress {
  const started = now();
  let phase: Phase = 'loading';
  let detail = 'starting';
  let round = 0;
  let maxRounds = 0;
  // Tokens of finished rounds as the engine counted them, plus pieces streamed in this round.
  let counted = 0;
  let pieces = 0;
  let phaseStarted = started;
  const setPhase = (next: Phase) => {
    if (next !== phase) phaseStarted = now();
    phase = next;
  };
  const text = () => {
    const since = formatDuration((now() - phaseStarted) / 1000);
    const doing =
      phase === 'loading' ? detail
      : phase === 'waiting' ? `waiting for the model (${since})`
      : phase === 'writing' ? 'writing'
      : phase === 'running' ? `running a code cell (${since})`
      : 'judging the answer';
    const where = round > 0 ? `round ${round}${maxRounds ? ` of ${maxRounds}` : ''} · ${counted + pieces} tokens · ` : '';
    return `lce solve: ${where}${formatDuration((now() - started) / 1000)} · ${doing}`;
  };
  const draw = () => status.update(text());
  const ticker = status.live ? setInterval(draw, 1000) : null;
  ticker?.unref();
  return {
    loading(t) {
      detail = t;
      draw();
    },
    event(e) {
      if (e.type === 'start') maxRounds = e.caps.maxRounds;
      else if (e.type === 'round') {
        round = e.round;
        setPhase('waiting');
      } else if (e.type === 'token') {
        pieces++;
        setPhase('writing');
      } else if (e.type === 'exec-start') setPhase('running');
      else if (e.type === 'exec-result') setPhase('waiting');
      else if (e.type === 'usage') {
        counted += e.usage.completionTokens;
        pieces = 0;
      } else return;
      draw();
    },
    judging() {
      setPhase('judging');
      draw();
    },
    stop() {
      if (ticker) clearInterval(ticker);
      status.clear();
    },
  };
}
