/** Small form fields of the Data and export views: a select, a number that may be left empty, a set of checkboxes, a multi-select. */

/** A select of `options`; with `anyLabel`, a first empty choice (picked: undefined). */
export function SelectField<T extends string>({ label, value, options, onPick, anyLabel }: { label: string; value: T | undefined; options: ReadonlyArray<{ value: T; label: string }>; onPick: (v: T | undefined) => void; anyLabel?: string }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onPick(((e.currentTarget as HTMLSelectElement).value || undefined) as T | undefined)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function NumberField({ label, value, min, max, step, onValue, placeholder }: { label: string; value: number | undefined; min?: number; max?: number; step?: number; placeholder?: string; onValue: (v: number | undefined) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        value={value ?? ''}
        min={min}
        max={max}
        step={step ?? 'any'}
        placeholder={placeholder}
        onChange={(e) => {
          const text = (e.currentTarget as HTMLInputElement).value.trim();
          onValue(text === '' ? undefined : Number(text));
        }}
      />
    </label>
  );
}

export function Checks<T extends string>({ legend, values, options, onValues }: { legend: string; values: readonly T[]; options: ReadonlyArray<{ value: T; label: string }>; onValues: (v: T[]) => void }) {
  return (
    <fieldset class="checks">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={values.includes(o.value)}
            onChange={(e) => onValues((e.currentTarget as HTMLInputElement).checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function MultiSelect({ label, values, options, onValues }: { label: string; values: readonly string[]; options: ReadonlyArray<{ value: string; label: string }>; onValues: (v: string[]) => void }) {
  return (
    <label class="field">
      <span>{label} (none picked: all)</span>
      <select multiple size={Math.min(4, Math.max(2, options.length))} onChange={(e) => onValues([...(e.currentTarget as HTMLSelectElement).selectedOptions].map((o) => o.value))}>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={values.includes(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
