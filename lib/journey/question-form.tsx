import { submitAnswer } from "@/lib/journey/submit-answer";
import { ErrorSummary } from "../ui/error-summary";
import { FieldError, FieldHint } from "../ui/field-messages";
import { FocusOnArrival } from "../ui/focus-on-arrival";
import { FROM_CHECK, PLACE_FIELDS, QUESTION_FIELDS, type JourneyPlace } from "@/lib/journey/journey-place";
import type { Locale } from "@/machines/locale";
import type { StepId } from "@/machines/vocabulary";

export type QuestionFormProps = {
  locale: Locale;
  step: StepId;
  encodedAnswers: string;
  question: string;
  hint?: string;
  errorMessage: string;
  control: "radios" | "select";
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  /** The form was sent without a valid answer: the page shows the error. */
  missingAnswer: boolean;
  /** Opened with Change from check your answers: the form keeps that. */
  fromCheck: boolean;
  /** Where the journey is walked, if not the worker's own (a training case): its pages are then the place's. */
  place: JourneyPlace;
  labels: { continue: string; errorSummaryTitle: string; errorPrefix: string; choose: string };
};

const FIELD_ID = QUESTION_FIELDS.answer;

/**
 * A question's form. Without JavaScript it posts to the server; with it, the journey in the browser reads the same
 * fields (posted-answer.ts) and shows the next page itself. Its fields are rendered with the earlier answer chosen.
 */
export function QuestionForm(props: QuestionFormProps) {
  const { locale, step, encodedAnswers, question, hint, errorMessage, control, options, labels, missingAnswer } = props;
  const firstFieldId = control === "select" ? FIELD_ID : `${FIELD_ID}-0`;
  const describedBy = [hint ? `${FIELD_ID}-hint` : "", missingAnswer ? `${FIELD_ID}-error` : ""].filter(Boolean).join(" ") || undefined;
  const heading = (
    <h1 className="question-heading" tabIndex={-1}>
      {question}
    </h1>
  );

  return (
    <form action={submitAnswer} noValidate>
      <input type="hidden" name={QUESTION_FIELDS.locale} value={locale} />
      <input type="hidden" name={QUESTION_FIELDS.step} value={step} />
      <input type="hidden" name={QUESTION_FIELDS.answers} value={encodedAnswers} />
      {props.fromCheck && <input type="hidden" name={FROM_CHECK.name} value={FROM_CHECK.value} />}
      {props.place.home && <input type="hidden" name={PLACE_FIELDS.home} value={props.place.home} />}
      {props.place.afterLastQuestion && <input type="hidden" name={PLACE_FIELDS.afterLastQuestion} value={props.place.afterLastQuestion} />}
      {missingAnswer && (
        <>
          <ErrorSummary title={labels.errorSummaryTitle} message={errorMessage} fieldId={firstFieldId} />
          <FocusOnArrival selector=".alert-error" />
        </>
      )}
      <div className={missingAnswer ? "form-group form-error" : "form-group"}>
        {control === "select" ? (
          <>
            <label className="form-label" htmlFor={FIELD_ID}>
              {heading}
            </label>
            {hint && <FieldHint id={`${FIELD_ID}-hint`} text={hint} />}
            {missingAnswer && <FieldError id={`${FIELD_ID}-error`} text={errorMessage} prefix={labels.errorPrefix} />}
            <select
              className="form-select"
              id={FIELD_ID}
              name={FIELD_ID}
              aria-describedby={describedBy}
              aria-invalid={missingAnswer || undefined}
              defaultValue={props.defaultValue ?? ""}
            >
              <option value="">{labels.choose}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </>
        ) : (
          <fieldset aria-describedby={describedBy}>
            <legend className="form-label">{heading}</legend>
            {hint && <FieldHint id={`${FIELD_ID}-hint`} text={hint} />}
            {missingAnswer && <FieldError id={`${FIELD_ID}-error`} text={errorMessage} prefix={labels.errorPrefix} />}
            {options.map((option, index) => (
              <div className="form-group-radio" key={option.value}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`${FIELD_ID}-${index}`}
                  name={FIELD_ID}
                  value={option.value}
                  defaultChecked={option.value === props.defaultValue}
                  aria-describedby={option.hint ? `${FIELD_ID}-${index}-hint` : undefined}
                />
                <label className="form-label" htmlFor={`${FIELD_ID}-${index}`}>
                  {option.label}
                </label>
                {option.hint && <FieldHint id={`${FIELD_ID}-${index}-hint`} text={option.hint} />}
              </div>
            ))}
          </fieldset>
        )}
      </div>
      <button type="submit" className="button button-primary">
        {labels.continue}
      </button>
    </form>
  );
}
