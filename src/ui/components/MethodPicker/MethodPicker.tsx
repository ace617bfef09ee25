/**
 * Method choice as radio buttons named "CoT", "Code", "LCE", "Auto". With an in-browser model
 * selected, each option says whether the model was trained for that method's format, and a method
 * the model was not trained for says so and offers the model that was (one click).
 */
import type { Method } from '../../../core/transcript';
import type { MethodFit } from '../../../engine/webllm/model-guide';
import { settingsFor } from '../../../engine/webllm/model-settings';
import type { ModelGuidance } from '../../state/model-guidance';

const OPTIONS: { value: Method; label: string; hint: string }[] = [
  { value: 'cot', label: 'CoT', hint: 'reason step by step in words' },
  { value: 'code', label: 'Code', hint: 'one program prints the answer' },
  { value: 'lce', label: 'LCE', hint: 'text, code and its output, over several rounds' },
  { value: 'auto', label: 'Auto', hint: 'the model chooses words or code' },
];

const FIT_WORD: Record<MethodFit, string> = { trained: 'trained', tolerated: 'not trained', unsuited: 'unsuited' };

export interface MethodPickerProps {
  value: Method;
  disabled: boolean;
  onChange: (method: Method) => void;
  /** The in-browser model guidance (absent: no per-model advice). */
  guidance?: ModelGuidance;
}

/** A radio group; each option carries a one-line hint (and the model's fit) as its description. */
export function MethodPicker({ value, disabled, onChange, guidance }: MethodPickerProps) {
  const fits = guidance?.fits.value ?? null;
  const model = guidance?.selected.value ?? null;
  const advice = guidance?.advice.value ?? null;
  return (
    <fieldset class="method-picker" disabled={disabled}>
      <legend>Method</legend>
      <div class="segmented">
        {OPTIONS.map((o) => {
          const fit = fits?.[o.value];
          const description = fit && model ? `${o.hint}; ${model.id}: ${FIT_WORD[fit]} for it` : o.hint;
          return (
            <label key={o.value} class={value === o.value ? 'seg checked' : 'seg'} title={description}>
              <input
                type="radio"
                name="method"
                value={o.value}
                checked={value === o.value}
                aria-label={o.label}
                aria-describedby={`method-hint-${o.value}`}
                onChange={() => onChange(o.value)}
              />
              <span aria-hidden="true">{o.label}</span>
              {fit && fit !== 'trained' && <span class="fit-mark" aria-hidden="true" data-testid={`fit-${o.value}`}>{fit === 'tolerated' ? '·untrained' : '·unsuited'}</span>}
              <span id={`method-hint-${o.value}`} class="visually-hidden">{description}</span>
            </label>
          );
        })}
      </div>
      <p class="hint">{OPTIONS.find((o) => o.value === value)?.hint}</p>
      {advice && advice.fit !== 'trained' && (
        <p class="method-advice banner banner-warn" role="status" data-testid="method-advice">
          <span>{advice.sentence}</span>
          {advice.better && guidance && (
            <button type="button" class="secondary" onClick={() => guidance.choose(settingsFor(advice.better!))}>
              Use {advice.better.id}
            </button>
          )}
        </p>
      )}
    </fieldset>
  );
}
