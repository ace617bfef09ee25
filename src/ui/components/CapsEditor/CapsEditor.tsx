/**
 * The caps a user can change: rounds, tokens per round, seconds per cell, output characters — and
 * the one the model sets, its context window, shown as a budget: the prompt and the rounds so far
 * against the window, in tokens estimated on the safe side.
 */
import type { SolveCaps } from '../../../core/lce/events';
import { formatTokens } from '../../../core/lce/context-budget';
import type { ContextView } from '../../state/context-view';

export interface CapsEditorProps {
  caps: SolveCaps;
  disabled: boolean;
  onChange: (caps: SolveCaps) => void;
  /** The context window's budget for the current engine and problem (absent: not shown). */
  budget?: ContextView;
}

const FIELDS: { key: keyof SolveCaps; label: string; min: number; max: number; scale: number }[] = [
  { key: 'maxRounds', label: 'Rounds', min: 1, max: 16, scale: 1 },
  { key: 'maxTokensPerRound', label: 'Tokens per round', min: 16, max: 8192, scale: 1 },
  { key: 'cellTimeoutMs', label: 'Seconds per cell', min: 1, max: 120, scale: 1000 },
  { key: 'maxOutputChars', label: 'Output characters', min: 50, max: 20000, scale: 1 },
];

/** Numeric inputs; an out-of-range value is clamped rather than lost. */
export function CapsEditor({ caps, disabled, onChange, budget }: CapsEditorProps) {
  const used = budget?.kind === 'budget' ? (budget.usedTokens ?? budget.promptTokens) : null;
  return (
    <details class="caps">
      <summary>
        Limits
        {budget?.kind === 'budget' && used !== null && (
          <span class="hint" data-testid="context-summary"> · context ≈ {formatTokens(used)} of {formatTokens(budget.window)} tokens</span>
        )}
      </summary>
      <fieldset disabled={disabled} class="caps-grid">
        {FIELDS.map((f) => (
          <label key={f.key}>
            <span>{f.label}</span>
            <input
              type="number"
              min={f.min}
              max={f.max}
              value={caps[f.key] / f.scale}
              onChange={(e) => {
                const raw = Number((e.currentTarget as HTMLInputElement).value);
                if (!Number.isFinite(raw)) return;
                const v = Math.min(f.max, Math.max(f.min, Math.round(raw)));
                onChange({ ...caps, [f.key]: v * f.scale });
              }}
            />
          </label>
        ))}
      </fieldset>
      {budget && <ContextBudgetView budget={budget} />}
    </details>
  );
}

/** "Context window: prompt ≈ 180 + 3 rounds ≈ 1,060 = ≈ 1,240 of 4,096 tokens", with a meter. */
function ContextBudgetView({ budget }: { budget: ContextView }) {
  if (budget.kind === 'unknown') return <p class="context-budget hint" data-testid="context-budget">Context window: {budget.sentence}</p>;
  const { window, promptTokens, usedTokens, rounds, maxTokensPerRound } = budget;
  const used = usedTokens ?? promptTokens;
  const left = Math.max(0, window - used);
  const roundsPart = usedTokens !== null ? ` + ${rounds} ${rounds === 1 ? 'round' : 'rounds'} ≈ ${formatTokens(Math.max(0, usedTokens - promptTokens))}` : '';
  const fit = Math.floor(left / maxTokensPerRound);
  return (
    <div class="context-budget" data-testid="context-budget">
      <span>
        Context window: prompt ≈ {formatTokens(promptTokens)}
        {roundsPart} = ≈ {formatTokens(used)} of {formatTokens(window)} tokens.
      </span>
      <meter min={0} max={window} value={Math.min(used, window)} high={window * 0.85} optimum={0} aria-label="Context window used" />
      <span class="hint">
        {formatTokens(left)} left: room for {fit >= 1 ? `${fit} more full ${fit === 1 ? 'round' : 'rounds'}` : 'less than one full round'} of {formatTokens(maxTokensPerRound)} tokens. Counted on the safe side (about 1.4× the real count for Qwen models), so a solution ends with "context full" before the model's window overflows.
      </span>
    </div>
  );
}
