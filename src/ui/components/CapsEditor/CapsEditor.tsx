/** The caps a user can change: rounds, tokens per round, seconds per cell, output characters. */
import type { SolveCaps } from '../../../core/lce/events';

export interface CapsEditorProps {
  caps: SolveCaps;
  disabled: boolean;
  onChange: (caps: SolveCaps) => void;
}

const FIELDS: { key: keyof SolveCaps; label: string; min: number; max: number; scale: number }[] = [
  { key: 'maxRounds', label: 'Rounds', min: 1, max: 16, scale: 1 },
  { key: 'maxTokensPerRound', label: 'Tokens per round', min: 16, max: 8192, scale: 1 },
  { key: 'cellTimeoutMs', label: 'Seconds per cell', min: 1, max: 120, scale: 1000 },
  { key: 'maxOutputChars', label: 'Output characters', min: 50, max: 20000, scale: 1 },
];

/** Numeric inputs; an out-of-range value is clamped rather than lost. */
export function CapsEditor({ caps, disabled, onChange }: CapsEditorProps) {
  return (
    <details class="caps">
      <summary>Limits</summary>
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
    </details>
  );
}
