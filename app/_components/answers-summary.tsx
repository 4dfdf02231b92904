import type { Journey } from "@/lib/questionnaire/journey";
import { stepPath } from "@/lib/questionnaire/paths";
import { answerLabel, stepDefinition } from "@/lib/questionnaire/steps";
import type { Locale } from "@/machines/locale";

type ChangeLinks = { label: string; hiddenLabel: (question: string) => string };

/** Each question the journey asked with the answer given; with `change`, a link to change each answer. */
export function AnswersSummary({ journey, locale, change }: { journey: Journey; locale: Locale; change?: ChangeLinks }) {
  return (
    <dl className={change ? "summary-list" : "summary-list summary-compact"}>
      {journey.replay.asked.map((step) => {
        const definition = stepDefinition(step);
        return (
          <div className="summary-row" key={step}>
            <dt>{definition.question[locale]}</dt>
            <dd>{answerLabel(step, journey.answers, locale)}</dd>
            {change && (
              <dd className="summary-action">
                <a href={stepPath(locale, step, journey.answers, { fromCheck: true })}>
                  {change.label}
                  <span className="sr-only"> {change.hiddenLabel(definition.question[locale])}</span>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
