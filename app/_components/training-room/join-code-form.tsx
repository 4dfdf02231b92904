import "./training-room.css";
import { getTranslations } from "next-intl/server";
import { JOIN_CODE_PARAM, joinPath } from "@/lib/questionnaire/paths";
import type { Locale } from "@/machines/locale";

export type JoinCodeTexts = { label: string; hint: string; submit: string; error: string; errorSummaryTitle: string; errorPrefix: string };

/** The code from the screen, sent as a plain GET form: lower case and spaces are forgiven on the way. */
export function JoinCodeForm({
  locale,
  texts,
  typed,
  invalid,
}: {
  locale: Locale;
  texts: JoinCodeTexts;
  typed?: string;
  invalid: boolean;
}) {
  const describedBy = invalid ? "code-hint code-error" : "code-hint";
  return (
    <form method="get" action={joinPath(locale)} className="room-join-form" noValidate>
      {invalid && (
        <div className="alert alert-error" role="alert" aria-labelledby="code-problem">
          <div className="alert-body">
            <h2 className="alert-heading" id="code-problem">
              {texts.errorSummaryTitle}
            </h2>
            <p className="alert-text">
              <a href="#code">{texts.error}</a>
            </p>
          </div>
        </div>
      )}
      <div className={invalid ? "form-group form-error" : "form-group"}>
        <label className="form-label" htmlFor="code">
          {texts.label}
        </label>
        <span className="form-hint" id="code-hint">
          {texts.hint}
        </span>
        {invalid && (
          <span className="form-error-message" id="code-error">
            <span className="sr-only">{texts.errorPrefix}</span>
            {texts.error}
          </span>
        )}
        <input
          className="form-input room-code-input"
          id="code"
          name={JOIN_CODE_PARAM}
          type="text"
          defaultValue={typed}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      </div>
      <button type="submit" className="button button-primary">
        {texts.submit}
      </button>
    </form>
  );
}

export async function joinCodeTexts(locale: Locale): Promise<JoinCodeTexts> {
  const t = await getTranslations({ locale, namespace: "trainingRoom" });
  return {
    label: t("join.codeLabel"),
    hint: t("join.codeHint"),
    submit: t("join.submit"),
    error: t("join.errorCode"),
    errorSummaryTitle: t("errorSummaryTitle"),
    errorPrefix: t("errorPrefix"),
  };
}
