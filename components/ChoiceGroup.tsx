export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** A labelled radio group: one fieldset, a legend, one radio per choice. */
export function ChoiceGroup<V extends string>(props: {
  name: string;
  legend: string;
  value: V;
  choices: Choice<V>[];
  onChange: (value: V) => void;
}) {
  const { name, legend, value, choices, onChange } = props;
  return (
    <fieldset class="qt-choices" data-testid={`choice-${name}`}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} class="qt-choices__item">
          <input type="radio" name={name} value={c.value} checked={c.value === value} onChange={() => onChange(c.value)} />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
