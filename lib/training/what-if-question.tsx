import { stepDefinition } from "@/lib/journey/steps";
import { WHAT_IF_FIELDS } from "@/lib/training/query-fields";
import type { Locale } from "@/machines/locale";
import type { StepId } from "@/machines/vocabulary";

type Props = { locale: Locale; step: StepId; action: string; texts: { lead: string; submit: string } };

const FIELD = WHAT_IF_FIELDS.newAnswer;

/**
 * A question that a changed answer brings, asked with a plain GET form: `action` holds both
 * routes' answers, and this form adds the new answer. Works without JavaScript.
 */
export function WhatIfQuestion({ locale, step, action, texts }: Props) {
  const definition = stepDefinition(step);
  const url = new URL(action, "http://localhost");
  return (
    <form method="get" action={url.pathname}>
      {[...url.searchParams].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p>{texts.lead}</p>
      <div className="form-group">
        {definition.control === "select" ? (
          <>
            <label className="form-label" htmlFor={FIELD}>
              {definition.question[locale]}
            </label>
            <select className="form-select" id={FIELD} name={FIELD} required>
              {definition.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label[locale]}
                </option>
              ))}
            </select>
          </>
        ) : (
          <fieldset>
            <legend className="form-label">{definition.question[locale]}</legend>
            {definition.options.map((option, index) => (
              <div className="form-group-radio" key={option.value}>
                <input type="radio" className="form-radio" id={`${FIELD}-${index}`} name={FIELD} value={option.value} required />
                <label className="form-label" htmlFor={`${FIELD}-${index}`}>
                  {option.label[locale]}
                </label>
              </div>
            ))}
          </fieldset>
        )}
      </div>
      <button type="submit" className="button button-primary">
        {texts.submit}
      </button>
    </form>
  );
}
