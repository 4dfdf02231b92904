import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { FieldError } from "@/lib/ui/field-messages";
import type { ContactDraft } from "@/lib/admin/contact-draft";
import { CONTACT_FIELDS } from "@/lib/admin/contact-schema";
import { AUDIENCES, CHANNEL_LINES } from "@/lib/directory/contact-fields";
import type { Locale } from "@/machines/locale";
import { BODY_KEYS } from "@/machines/vocabulary";
import { ActionForm } from "./action-form";
import { REPORT_PARAM } from "./report-param";
import { FormGroup } from "./form-group";

type FieldName = (typeof CONTACT_FIELDS)[number];

const HINTS: Partial<Record<FieldName, "phone" | "unit" | "askFor" | "line" | "sourceDate" | "date" | "nextReviewAt">> = {
  phone: "phone",
  askForDa: "askFor",
  askForEn: "askFor",
  line: "line",
  unit: "unit",
  sourceDate: "sourceDate",
  verifiedAt: "date",
  nextReviewAt: "nextReviewAt",
};
const TYPES: Partial<Record<FieldName, string>> = { email: "email", url: "url", source: "url" };

/** Says that the form holds values from the address, not what workers see: anyone can write an address. */
export function DraftNotice({ text }: { text: string }) {
  return (
    <div className="alert alert-warning" role="status" data-testid="draft-notice">
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}

/**
 * The form for one contact, filled with its values (or a returned draft's, with the live value under each field
 * that differs), with each field's problem beside it. An existing contact keeps its body and unit: they are
 * shown, not edited. An edit sends back the version it was opened at.
 */
export function ContactForm(props: {
  locale: Locale;
  id?: string;
  version?: string;
  values: Partial<Record<FieldName, string>>;
  live?: Partial<Record<FieldName, string>>;
  errors: ContactDraft["errors"];
  submitLabel: string;
  /** The worker's report the form was opened from: saving it marks the report as handled. */
  report?: string;
}) {
  const { locale, id, version, values, live, errors, submitLabel, report } = props;
  const t = useTranslations("admin");
  const tBodies = useTranslations("bodies");
  const problems = CONTACT_FIELDS.filter((name) => errors[name]).map((name) => ({
    fieldId: name,
    message: t(`errors.${errors[name]!}`),
  }));
  const fixed = (name: FieldName) => id !== undefined && (name === "body" || name === "unit");
  return (
    <ActionForm locale={locale} action="saveContact" submit={submitLabel} noValidate>
      {problems.length > 0 && <ErrorSummary title={t("contact.errorSummary")} problems={problems} />}
      {id && <input type="hidden" name="id" value={id} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {report && <input type="hidden" name={REPORT_PARAM} value={report} />}
      <p>{t("contact.hints.fourEyes")}</p>
      {CONTACT_FIELDS.map((name) => {
        const error = errors[name];
        const hint = HINTS[name];
        const liveValue = live && (live[name] ?? "") !== (values[name] ?? "") ? (live[name] ?? "") : undefined;
        const describedBy =
          [hint && `${name}-hint`, error && `${name}-error`, liveValue !== undefined && `${name}-live`].filter(Boolean).join(" ") ||
          undefined;
        const common = {
          id: name,
          name,
          defaultValue: values[name] ?? "",
          "aria-describedby": describedBy,
          "aria-invalid": error ? true : undefined,
        };
        return (
          <FormGroup
            key={name}
            id={name}
            label={t(`contact.fields.${name}`)}
            hint={hint && t(`contact.hints.${hint}`)}
            invalid={Boolean(error)}
          >
            {error && <FieldError id={`${name}-error`} text={t(`errors.${error}`)} prefix={t("contact.errorSummary")} />}
            {liveValue !== undefined && (
              <p className="form-hint" id={`${name}-live`} data-testid={`${name}-live`}>
                {t("contact.liveValue", { value: liveValue || t("contact.emptyValue") })}
              </p>
            )}
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
            ) : name === "audience" ? (
              <select className="form-select" {...common}>
                {["", ...AUDIENCES].map((audience) => (
                  <option key={audience} value={audience}>
                    {t(`contact.audiences.${audience || "all"}`)}
                  </option>
                ))}
              </select>
            ) : name === "line" ? (
              <select className="form-select" {...common} defaultValue={values.line || "FUNCTION"}>
                {CHANNEL_LINES.map((line) => (
                  <option key={line} value={line}>
                    {t(`contact.lines.${line}`)}
                  </option>
                ))}
              </select>
            ) : name === "notes" ? (
              <textarea className="form-input" rows={4} {...common} />
            ) : (
              <input className="form-input" type={TYPES[name] ?? "text"} {...common} />
            )}
          </FormGroup>
        );
      })}
    </ActionForm>
  );
}
