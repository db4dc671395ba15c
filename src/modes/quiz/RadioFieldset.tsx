/** One setting of the quiz as a group of radio buttons: a legend, one choice per option. */
export interface RadioFieldsetProps<T extends string> {
  legend: string;
  /** The radio group's name, unique in the form. */
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange(value: T): void;
}

export function RadioFieldset<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: RadioFieldsetProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
