"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { FieldError, FieldHint } from "@/lib/ui/field-messages";
import { stepDefinition } from "@/lib/journey/steps";
import { dutyTitle } from "@/lib/legal/legal-basis";
import type { Locale } from "@/machines/locale";
import { BODY_KEYS, DUTY_KEYS, WORKPLACES } from "@/machines/vocabulary";
import { submitCase } from "./case-actions";
import type { CaseEditorState } from "./case-editor-state";
import {
  answerField,
  ANSWER_STEPS,
  EMPTY_SOURCE_ROWS,
  LANGUAGES,
  LIST_FIELDS,
  SOURCE_PARTS,
  sourceField,
  sourceRowCount,
  TEXT_FIELDS,
} from "./case-form";
import { EngineRoute } from "./engine-route";
import "./case-editor.css";
import { PrivacyWarnings } from "./privacy-warning-list";

type AreaOption = { value: string; label: string };

type Props = {
  locale: Locale;
  /** The case's address, and the version the form was opened at; neither for a new case. */
  slug?: string;
  version?: number;
  initial: CaseEditorState;
  areas: AreaOption[];
};

const LONG_TEXTS = new Set<string>(["narrative", "firstInstinct", ...LIST_FIELDS]);

/**
 * The case editor: the case's texts in Danish and English, the answers chosen from the journey's own options, the
 * route the trainer expects, what to take home and the sources. "Check" shows the route the statechart gives beside
 * the expected one; "Save" writes the case only when they agree. Works without JavaScript as a plain form.
 */
export function CaseEditor({ locale, slug, version, initial, areas }: Props) {
  const [state, action, pending] = useActionState(submitCase, initial);
  const t = useTranslations("caseAuthoring.editor");
  const tBodies = useTranslations("bodies");
  const { values, errors } = state;
  const label = (field: string) => t(`fields.${field}`);
  const problems = Object.entries(errors).map(([fieldId, error]) => ({
    fieldId,
    message: `${fieldName(fieldId)}: ${t(`errors.${error}`)}`,
  }));
  function fieldName(field: string): string {
    const step = ANSWER_STEPS.find((candidate) => answerField(candidate) === field);
    if (step) return stepDefinition(step).question[locale];
    const source = /^source-(\d+)-(\w+)$/.exec(field);
    if (source) return `${t("sourceRow", { number: Number(source[1]) + 1 })}, ${label(source[2]!)}`;
    return label(field);
  }
  const field = (name: string, control: (common: Common) => ReactNode, hint?: string) => (
    <Field
      key={name}
      name={name}
      label={fieldName(name)}
      hint={hint}
      error={errors[name] && t(`errors.${errors[name]}`)}
      prefix={t("errorPrefix")}
      value={values[name] ?? ""}
    >
      {control}
    </Field>
  );
  const chosen = (name: string) => (values[name] ?? "").split(" ").filter(Boolean);
  const rows = Math.max(sourceRowCount(values), 0) + EMPTY_SOURCE_ROWS;

  return (
    <form key={state.round ?? 0} action={action} noValidate className="case-editor">
      <input type="hidden" name="locale" value={locale} />
      {slug && <input type="hidden" name="slug" value={slug} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {state.notice && <EditorNotice kind={state.notice === "checked" ? "info" : "error"} text={t(`notices.${state.notice}`)} />}
      {problems.length > 0 && <ErrorSummary title={t("errorSummary")} problems={problems} />}
      <p>{t("lead")}</p>

      <fieldset>
        <legend className="h2">{t("caseHeading")}</legend>
        <p className="form-hint">{t("englishOptional")}</p>
        {TEXT_FIELDS.filter((name) => name !== "firstInstinct").flatMap((name) =>
          LANGUAGES.map((language) =>
            field(`${name}${language}`, (common) =>
              LONG_TEXTS.has(name) ? (
                <textarea className="form-input" rows={8} {...common} />
              ) : (
                <input className="form-input" {...common} />
              ),
            ),
          ),
        )}
      </fieldset>

      <fieldset>
        <legend className="h2">{t("answersHeading")}</legend>
        <p className="form-hint">{t("answersHint")}</p>
        {field(
          "workplace",
          (common) => (
            <select className="form-select" {...common}>
              <option value="">{t("choose")}</option>
              {WORKPLACES.map((workplace) => (
                <option key={workplace} value={workplace}>
                  {stepDefinition("workplace").options.find((option) => option.value === workplace)?.label[locale] ?? workplace}
                </option>
              ))}
            </select>
          ),
          t("workplaceHint"),
        )}
        {ANSWER_STEPS.map((step) =>
          field(answerField(step), (common) => (
            <select className="form-select" {...common}>
              <option value="">{t("notAnswered")}</option>
              {stepDefinition(step).options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label[locale]}
                </option>
              ))}
            </select>
          )),
        )}
      </fieldset>

      <fieldset>
        <legend className="h2">{t("expectedHeading")}</legend>
        {field("primary", (common) => (
          <select className="form-select" {...common}>
            <option value="">{t("choose")}</option>
            {BODY_KEYS.map((body) => (
              <option key={body} value={body}>
                {tBodies(body)}
              </option>
            ))}
          </select>
        ))}
        <Checkboxes name="also" legend={label("also")} options={BODY_KEYS.map((body) => [body, tBodies(body)])} chosen={chosen("also")} />
        <Checkboxes
          name="duties"
          legend={label("duties")}
          options={DUTY_KEYS.map((duty) => [duty, dutyTitle(duty, locale)])}
          chosen={chosen("duties")}
        />
      </fieldset>

      <EngineRoute locale={locale} check={state.check} values={values} />

      <fieldset>
        <legend className="h2">{t("teachingHeading")}</legend>
        {LANGUAGES.map((language) =>
          field(`firstInstinct${language}`, (common) => <textarea className="form-input" rows={3} {...common} />, t("firstInstinctHint")),
        )}
        {LIST_FIELDS.flatMap((name) =>
          LANGUAGES.map((language) =>
            field(`${name}${language}`, (common) => <textarea className="form-input" rows={5} {...common} />, t("oneAPerLine")),
          ),
        )}
      </fieldset>

      <fieldset>
        <legend className="h2">{t("sourcesHeading")}</legend>
        <p className="form-hint">{t("sourcesHint")}</p>
        {Array.from({ length: rows }, (_, row) => (
          <fieldset key={row} className="case-source">
            <legend className="h4">{t("sourceRow", { number: row + 1 })}</legend>
            {SOURCE_PARTS.map((part) =>
              field(sourceField(row, part), (common) => (
                <input className="form-input" type={part === "url" ? "url" : part === "shownAt" ? "date" : "text"} {...common} />
              )),
            )}
          </fieldset>
        ))}
      </fieldset>

      {field(
        "area",
        (common) => (
          <select className="form-select" {...common}>
            {areas.map((area) => (
              <option key={area.value} value={area.value}>
                {area.label}
              </option>
            ))}
          </select>
        ),
        t("areaHint"),
      )}

      <PrivacyWarnings warnings={state.warnings} fieldName={fieldName} />

      <div className="case-editor-buttons">
        <button type="submit" name="intent" value="check" className="button button-secondary" disabled={pending}>
          {t("check")}
        </button>
        <button type="submit" name="intent" value="save" className="button button-primary" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}

type Common = { id: string; name: string; defaultValue: string; "aria-describedby"?: string; "aria-invalid"?: true };

/** One field of the editor: its label, hint and problem, then the control, which gets its id, name and value. */
function Field(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  prefix: string;
  value: string;
  children: (common: Common) => ReactNode;
}) {
  const { name, hint, error } = props;
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={name}>
        {props.label}
      </label>
      {hint && <FieldHint id={`${name}-hint`} text={hint} />}
      {error && <FieldError id={`${name}-error`} text={error} prefix={props.prefix} />}
      {props.children({
        id: name,
        name,
        defaultValue: props.value,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true as const } : {}),
      })}
    </div>
  );
}

/** A group of checkboxes that post the same name. */
function Checkboxes(props: { name: string; legend: string; options: [string, string][]; chosen: string[] }) {
  return (
    <fieldset className="form-group">
      <legend className="form-label">{props.legend}</legend>
      <ul className="nobullet-list">
        {props.options.map(([value, text]) => (
          <li key={value} className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id={`${props.name}-${value}`}
              name={props.name}
              value={value}
              defaultChecked={props.chosen.includes(value)}
            />
            <label htmlFor={`${props.name}-${value}`}>{text}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function EditorNotice({ kind, text }: { kind: "info" | "error"; text: string }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}
