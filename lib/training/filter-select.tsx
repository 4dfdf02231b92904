type Option = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  allLabel: string;
  value?: string;
  /** Options in order; a group with a label is shown under it. */
  groups: { label?: string; options: Option[] }[];
};

/** One filter of the library: "all", then the options. */
export function FilterSelect({ name, label, allLabel, value, groups }: Props) {
  const options = (list: Option[]) =>
    list.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={name}>
        {label}
      </label>
      <select className="form-select" id={name} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {groups.map((group) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {options(group.options)}
            </optgroup>
          ) : (
            options(group.options)
          ),
        )}
      </select>
    </div>
  );
}
