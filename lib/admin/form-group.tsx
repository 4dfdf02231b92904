import type { ReactNode } from "react";
import { FieldHint } from "@/lib/ui/field-messages";

/** A DKFDS form field: its label and hint, then the control given (its id is `id`, its hint's `${id}-hint`). */
export function FormGroup(props: { id: string; label: string; hint?: string; invalid?: boolean; children: ReactNode }) {
  const { id, label, hint, invalid, children } = props;
  return (
    <div className={invalid ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && <FieldHint id={`${id}-hint`} text={hint} />}
      {children}
    </div>
  );
}
