import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/app/_components/error-summary";
import { FieldError, FieldHint } from "@/app/_components/field-messages";
import type { ContactDraft } from "@/lib/admin/contact-draft";
import { CONTACT_FIELDS } from "@/lib/admin/contact-schema";
import { adminActionPath } from "@/lib/questionnaire/paths";
import type { Locale } from "@/machines/locale";
import { BODY_KEYS } from "@/machines/vocabulary";

type FieldName = (typeof CONTACT_FIELDS)[number];

const HINTS: Partial<Record<FieldName, "phone" | "unit" | "sourceDate" | "date" | "nextReviewAt">> = {
  phone: "phone",
  unit: "unit",
  sourceDate: "sourceDate",
  verifiedAt: "date",
  nextReviewAt: "nextReviewAt",
};
const TYPES: Partial<Record<FieldName, string>> = { email: "email", url: "url", source: "url" };

/**
 * The form for one contact, filled with its values (or a returned draft's), with each field's problem beside
 * it. An existing contact keeps its body and unit: they are shown, not edited.
 */
export function ContactForm(props: {
  locale: Locale;
  id?: string;
  values: Partial<Record<FieldName, string>>;
  errors: ContactDraft["errors"];
  submitLabel: string;
}) {
  const { locale, id, values, errors, submitLabel } = props;
  const t = useTranslations("admin");
  const tBodies = useTranslations("bodies");
  const problems = CONTACT_FIELDS.filter((name) => errors[name]).map((name) => ({
    fieldId: name,
    message: t(`errors.${errors[name]!}`),
  }));
  const fixed = (name: FieldName) => id !== undefined && (name === "body" || name === "unit");
  return (
    <form method="post" action={adminActionPath(locale, "saveContact")} noValidate>
      {problems.length > 0 && <ErrorSummary title={t("contact.errorSummary")} problems={problems} />}
      {id && <input type="hidden" name="id" value={id} />}
      <p>{t("contact.hints.fourEyes")}</p>
      {CONTACT_FIELDS.map((name) => {
        const error = errors[name];
        const hint = HINTS[name];
        const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
        const common = {
          id: name,
          name,
          defaultValue: values[name] ?? "",
          "aria-describedby": describedBy,
          "aria-invalid": error ? true : undefined,
        };
        return (
          <div key={name} className={error ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor={name}>
              {t(`contact.fields.${name}`)}
            </label>
            {hint && <FieldHint id={`${name}-hint`} text={t(`contact.hints.${hint}`)} />}
            {error && <FieldError id={`${name}-error`} text={t(`errors.${error}`)} prefix={t("contact.errorSummary")} />}
            {fixed(name) ? (
              <>
                <input type="hidden" name={name} value={values[name] ?? ""} />
                <p id={name}>
                  <strong>{name === "body" ? tBodies(values.body ?? "") : values.unit}</strong>
                </p>
              </>
            ) : name === "body" ? (
              <select className="form-select" {...common}>
                {BODY_KEYS.map((body) => (
                  <option key={body} value={body}>
                    {tBodies(body)}
                  </option>
                ))}
              </select>
            ) : name === "notes" ? (
              <textarea className="form-input" rows={4} {...common} />
            ) : (
              <input className="form-input" type={TYPES[name] ?? "text"} {...common} />
            )}
          </div>
        );
      })}
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </form>
  );
}
