import { useTranslations } from "next-intl";
import { QuestionForm } from "./question-form";
import { answersBefore, previousStep, shownAnswers, type Journey } from "@/lib/journey/journey";
import type { JourneyPlace } from "@/lib/journey/journey-place";
import { signsPath, stepPath } from "@/lib/journey/paths";
import { pageAsking } from "@/lib/journey/question-pages";
import { encodeAnswers } from "@/lib/journey/url-state";
import type { Locale } from "@/machines/locale";
import { questionProgress } from "@/machines/replay";
import type { StepId } from "@/machines/vocabulary";

type Props = {
  locale: Locale;
  step: StepId;
  journey: Journey;
  place: JourneyPlace;
  /** Where Back goes from the first question (or from a question opened from check your answers). */
  backBeforeFirst: string;
  fromCheck: boolean;
  missingAnswer: boolean;
};

/** One question of a journey: Back, progress and the form. The worker's journey and a training scenario share it. */
export function QuestionStep({ locale, step, journey, place, backBeforeFirst, fromCheck, missingAnswer }: Props) {
  const t = useTranslations("question");
  const signs = useTranslations("signs");
  const definition = pageAsking(journey, step);
  const progress = questionProgress(answersBefore(journey, step));
  const previous = previousStep(journey, step);
  const backHref = !fromCheck && previous ? stepPath(locale, previous, journey.answers, place) : backBeforeFirst;

  return (
    <>
      <a className="back-link" href={backHref}>
        {t("back")}
      </a>
      <p className="muted" id="progress">
        {t("progress", progress)}
      </p>
      <QuestionForm
        locale={locale}
        step={step}
        encodedAnswers={encodeAnswers(journey.answers)}
        question={definition.question[locale]}
        hint={definition.hint?.[locale]}
        errorMessage={definition.error[locale]}
        control={definition.control}
        options={definition.options.map((option) => ({ value: option.value, label: option.label[locale], hint: option.hint?.[locale] }))}
        defaultValue={definition.valueIn(shownAnswers(journey))}
        missingAnswer={missingAnswer}
        fromCheck={fromCheck}
        place={place}
        labels={{ continue: t("continue"), errorSummaryTitle: t("errorSummaryTitle"), errorPrefix: t("errorPrefix"), choose: t("choose") }}
      />
      {step === "concern" && place.home === undefined && (
        <p>
          {signs("linkPrompt")} <a href={signsPath(locale, journey.answers)}>{signs("linkText")}</a>
        </p>
      )}
    </>
  );
}
