import type { ReactNode } from "react";
import { adminActionPath, type AdminAction } from "@/lib/admin/paths";
import type { Locale } from "@/machines/locale";

/**
 * A form posted to one of the administration's form handlers: the hidden fields that say what it acts on, the
 * fields given, and its button.
 */
export function ActionForm(props: {
  locale: Locale;
  action: AdminAction;
  fields?: Record<string, string>;
  submit: string;
  /** What a screen reader says instead of the button's text, where that alone does not say what it acts on. */
  submitLabel?: string;
  kind?: "primary" | "secondary" | "tertiary";
  encType?: "multipart/form-data";
  noValidate?: boolean;
  children?: ReactNode;
}) {
  const { locale, action, fields = {}, submit, submitLabel, kind = "primary", encType, noValidate, children } = props;
  return (
    <form method="post" action={adminActionPath(locale, action)} encType={encType} noValidate={noValidate}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button type="submit" className={`button button-${kind}`} aria-label={submitLabel}>
        {submit}
      </button>
    </form>
  );
}
