/**
 * One choice among a few, each radio button on the line of its label. `name` is what an error
 * summary's link moves to; `inline` sets the choices side by side, as on the counter's form.
 */
export function RadioGroup<Value extends string>({ legend, name, options, value, onChange, inline = false }: {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: Value; label: string }>;
  value: Value;
  onChange(value: Value): void;
  inline?: boolean;
}) {
  return (
    <fieldset className={inline ? 'choices choices-inline' : 'choices'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
