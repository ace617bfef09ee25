/** A labelled one-line text input that reports its value when it changes (on Enter or leaving the field). */
export interface TextFieldProps {
  label: string;
  value: string;
  type?: 'text' | 'password';
  placeholder?: string;
  /** Called with the trimmed value on the input's `change` event, not on every keystroke. */
  onChange: (value: string) => void;
}

export function TextField({ label, value, type = 'text', placeholder, onChange }: TextFieldProps) {
  return (
    <label class="field">
      <span>{label}</span>
      <input type={type} value={value} placeholder={placeholder} spellcheck={false} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).value.trim())} />
    </label>
  );
}
