// Runs in the renderer. A labelled drop-down of the inspector: each choice applies at once,
// one undo step (there is nothing half-typed to wait for, unlike a text field).
import { useId } from 'react';

export interface SelectOption {
  value: string;
  text: string;
}

export function SelectField({ label, value, options, onChange, hint }: { label: string; value: string; options: readonly SelectOption[]; onChange: (value: string) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
