/** Method choice as radio buttons named "CoT", "Code", "LCE", "Auto". */
import type { Method } from '../../../core/transcript';

const OPTIONS: { value: Method; label: string; hint: string }[] = [
  { value: 'cot', label: 'CoT', hint: 'reason step by step in words' },
  { value: 'code', label: 'Code', hint: 'one program prints the answer' },
  { value: 'lce', label: 'LCE', hint: 'text, code and its output, over several rounds' },
  { value: 'auto', label: 'Auto', hint: 'the model chooses words or code' },
];

export interface MethodPickerProps {
  value: Method;
  disabled: boolean;
  onChange: (method: Method) => void;
}

/** A radio group; each option carries a one-line hint as its description. */
export function MethodPicker({ value, disabled, onChange }: MethodPickerProps) {
  return (
    <fieldset class="method-picker" disabled={disabled}>
      <legend>Method</legend>
      <div class="segmented">
        {OPTIONS.map((o) => (
          <label key={o.value} class={value === o.value ? 'seg checked' : 'seg'} title={o.hint}>
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
            <span id={`method-hint-${o.value}`} class="visually-hidden">{o.hint}</span>
          </label>
        ))}
      </div>
      <p class="hint">{OPTIONS.find((o) => o.value === value)?.hint}</p>
    </fieldset>
  );
}
