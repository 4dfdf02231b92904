import { ErrorSummary } from "../ui/error-summary";
import { FieldError } from "../ui/field-messages";
import { GUESS_FIELDS } from "@/lib/training/query-fields";

type Choice = { value: string; label: string };

type Props = {
  /** The reveal's address: the form is sent with GET, so the guess becomes part of a shareable URL. */
  action: string;
  encodedAnswers: string;
  showError: boolean;
  bodies: Choice[];
  duties: Choice[];
  texts: Record<"title" | "lead" | "first" | "firstError" | "also" | "duties" | "submit" | "errorSummaryTitle" | "errorPrefix", string>;
};

const FIRST_ID = "guess-first";

/** Whom the trainee would contact first (required), and optionally who else and which duties. Works without JavaScript. */
export function GuessForm({ action, encodedAnswers, showError, bodies, duties, texts }: Props) {
  return (
    <form method="get" action={action} noValidate>
      <input type="hidden" name="a" value={encodedAnswers} />
      <h1>{texts.title}</h1>
      <p>{texts.lead}</p>
      {showError && <ErrorSummary title={texts.errorSummaryTitle} message={texts.firstError} fieldId={`${FIRST_ID}-0`} />}
      <div className={showError ? "form-group form-error" : "form-group"}>
        <fieldset aria-describedby={showError ? `${FIRST_ID}-error` : undefined}>
          <legend className="form-label">
            <h2 className="h3">{texts.first}</h2>
          </legend>
          {showError && <FieldError id={`${FIRST_ID}-error`} prefix={texts.errorPrefix} text={texts.firstError} />}
          {bodies.map((body, index) => (
            <div className="form-group-radio" key={body.value}>
              <input type="radio" className="form-radio" id={`${FIRST_ID}-${index}`} name={GUESS_FIELDS.first} value={body.value} />
              <label className="form-label" htmlFor={`${FIRST_ID}-${index}`}>
                {body.label}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <Checkboxes legend={texts.also} name={GUESS_FIELDS.also} choices={bodies} />
      <Checkboxes legend={texts.duties} name={GUESS_FIELDS.duties} choices={duties} />
      <button type="submit" className="button button-primary">
        {texts.submit}
      </button>
    </form>
  );
}

function Checkboxes({ legend, name, choices }: { legend: string; name: string; choices: Choice[] }) {
  return (
    <div className="form-group">
      <fieldset>
        <legend className="form-label">
          <h2 className="h3">{legend}</h2>
        </legend>
        {choices.map((choice, index) => (
          <div className="form-group-checkbox" key={choice.value}>
            <input type="checkbox" className="form-checkbox" id={`${name}-${index}`} name={name} value={choice.value} />
            <label className="form-label" htmlFor={`${name}-${index}`}>
              {choice.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
