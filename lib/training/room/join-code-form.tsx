import "./training-room.css";
import { FieldError, FieldHint } from "@/lib/ui/field-messages";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { getTranslations } from "next-intl/server";
import { JOIN_CODE_PARAM, joinPath } from "@/lib/training/paths";
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
      {invalid && <ErrorSummary title={texts.errorSummaryTitle} message={texts.error} fieldId="code" />}
      <div className={invalid ? "form-group form-error" : "form-group"}>
        <label className="form-label" htmlFor="code">
          {texts.label}
        </label>
        <FieldHint id="code-hint" text={texts.hint} />
        {invalid && <FieldError id="code-error" prefix={texts.errorPrefix} text={texts.error} />}
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
  const [t, question] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom.join" }),
    getTranslations({ locale, namespace: "question" }),
  ]);
  return {
    label: t("codeLabel"),
    hint: t("codeHint"),
    submit: t("submit"),
    error: t("errorCode"),
    errorSummaryTitle: question("errorSummaryTitle"),
    errorPrefix: question("errorPrefix"),
  };
}
