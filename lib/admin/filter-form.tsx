import { FormGroup } from "./form-group";

type Option = { value: string; label: string };

/** A field of a filter: a list to choose from when it has options, otherwise a text field. */
export type FilterField = { name: string; label: string; defaultValue: string } & (
  { options: Option[] } | { options?: undefined; type?: "search"; placeholder?: string }
);

/** A list page's filter: a form sent with GET, so that a filtered list has an address of its own. */
export function FilterForm({ action, label, submit, fields }: { action: string; label?: string; submit: string; fields: FilterField[] }) {
  return (
    <form method="get" action={action} className="admin-filter" aria-label={label}>
      {fields.map((field) => (
        <FormGroup key={field.name} id={field.name} label={field.label}>
          {field.options ? (
            <select className="form-select" id={field.name} name={field.name} defaultValue={field.defaultValue}>
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              className="form-input"
              id={field.name}
              name={field.name}
              type={field.type}
              defaultValue={field.defaultValue}
              placeholder={field.placeholder}
            />
          )}
        </FormGroup>
      ))}
      <button type="submit" className="button button-secondary">
        {submit}
      </button>
    </form>
  );
}
