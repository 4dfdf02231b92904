import { PageShell } from "../ui/page-shell";
import { QuestionStep } from "./question-step";
import { otherLocale, startPath } from "@/lib/i18n/locales";
import type { Journey } from "@/lib/journey/journey";
import { checkPath, stepPath } from "@/lib/journey/paths";
import type { Locale } from "@/machines/locale";
import type { StepId } from "@/machines/vocabulary";

type Props = {
  locale: Locale;
  journey: Journey;
  step: StepId;
  /** Opened with Change from check your answers: Back returns there. */
  fromCheck: boolean;
  /** A form posted without JavaScript came back without an answer. */
  missingAnswer: boolean;
};

/** A question of the worker's journey in its page. */
export function QuestionPageView({ locale, journey, step, fromCheck, missingAnswer }: Props) {
  return (
    <PageShell locale={locale} alternateHref={stepPath(otherLocale(locale), step, journey.answers, { fromCheck })}>
      <QuestionStep
        locale={locale}
        step={step}
        journey={journey}
        place={{}}
        backBeforeFirst={fromCheck ? checkPath(locale, journey.answers) : startPath(locale)}
        fromCheck={fromCheck}
        missingAnswer={missingAnswer}
      />
    </PageShell>
  );
}
