import { useTranslations } from "next-intl";
import { ErrorSummary } from "../../ui/error-summary";
import { FieldError, FieldHint } from "../../ui/field-messages";
import { FocusOnArrival } from "../../ui/focus-on-arrival";
import { reportActionPath } from "./paths";
import { REPORT_REASONS, type ReportErrorKey, type REPORT_FIELDS } from "./report-schema";
import type { ReportSubject } from "./report-subject";
import type { Locale } from "@/machines/locale";

type Field = (typeof REPORT_FIELDS)[number];

/**
 * The form for reporting that a contact is wrong: what is wrong, and a better channel with its source if the worker
 * knows one. It posts the contact's key and these three fields, nothing else, with or without JavaScript.
 */
export function ReportForm(props: {
  locale: Locale;
  target: string;
  subject: ReportSubject;
  values: Partial<Record<Field, string>>;
  errors: Partial<Record<Field, ReportErrorKey>>;
}) {
  const { locale, target, subject, values, errors } = props;
  const t = useTranslations("reports");
  const firstId = (field: Field) => (field === "reason" ? "reason-0" : field);
  const problems = (Object.keys(errors) as Field[]).map((field) => ({ fieldId: firstId(field), message: t(`errors.${errors[field]!}`) }));
  const describedBy = (field: Field, hint: boolean) =>
    [hint ? `${field}-hint` : "", errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ") || undefined;
  const error = (field: Field) =>
    errors[field] && <FieldError id={`${field}-error`} text={t(`errors.${errors[field]}`)} prefix={t("errorPrefix")} />;
  return (
    <form method="post" action={reportActionPath(locale)} noValidate>
      {problems.length > 0 && (
        <>
          <ErrorSummary title={t("errorSummary")} problems={problems} />
          <FocusOnArrival selector=".alert-error" />
        </>
      )}
      <input type="hidden" name="target" value={target} />
      <p>
        {t("about")}: <strong>{subject.name}</strong>
        {subject.channel && `, ${subject.channel}`}
      </p>
      <div className="alert alert-info" role="note">
        <div className="alert-body">
          <p className="alert-text">{t("privacy")}</p>
        </div>
      </div>
      <div className={errors.reason ? "form-group form-error" : "form-group"}>
        <fieldset aria-describedby={describedBy("reason", false)}>
          <legend className="form-label">{t("reasonLegend")}</legend>
          {error("reason")}
          {REPORT_REASONS.map((reason, index) => (
            <div className="form-group-radio" key={reason}>
              <input
                type="radio"
                className="form-radio"
                id={`reason-${index}`}
                name="reason"
                value={reason}
                defaultChecked={values.reason === reason}
              />
              <label className="form-label" htmlFor={`reason-${index}`}>
                {t(`reasons.${reason}`)}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      {(["suggestedChannel", "suggestedSource"] as const).map((field) => (
        <div className={errors[field] ? "form-group form-error" : "form-group"} key={field}>
          <label className="form-label" htmlFor={field}>
            {t(field === "suggestedChannel" ? "channelLabel" : "sourceLabel")}
          </label>
          <FieldHint id={`${field}-hint`} text={t(field === "suggestedChannel" ? "channelHint" : "sourceHint")} />
          {error(field)}
          <input
            className="form-input"
            type={field === "suggestedSource" ? "url" : "text"}
            id={field}
            name={field}
            defaultValue={values[field] ?? ""}
            maxLength={field === "suggestedSource" ? 500 : 200}
            autoComplete="off"
            aria-describedby={describedBy(field, true)}
            aria-invalid={errors[field] ? true : undefined}
          />
        </div>
      ))}
      <button type="submit" className="button button-primary">
        {t("submit")}
      </button>
    </form>
  );
}
