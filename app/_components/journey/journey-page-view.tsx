import { PageShell } from "../page-shell";
import { QuestionStep } from "../question-step";
import { EmergencyCall } from "../result/emergency-call";
import { ResultView } from "../result/result-view";
import { ResumeNotice } from "../resume-notice";
import { CheckAnswers } from "./check-answers";
import { resolveWithoutDirectory, type ResolvedContacts } from "@/lib/directory/resolve-contacts";
import { otherLocale } from "@/lib/i18n/locales";
import type { Journey } from "@/lib/questionnaire/journey";
import type { JourneyPage } from "@/lib/questionnaire/journey-pages";
import { checkPath, resultPath, startPath, stepPath } from "@/lib/questionnaire/paths";
import type { Locale } from "@/machines/locale";

type Props = {
  locale: Locale;
  journey: Journey;
  page: Exclude<JourneyPage, { kind: "redirect" | "not-found" }>;
  /** The result's contacts; without them, only those that never depend on the directory. */
  resolved?: ResolvedContacts;
  today: string;
  /** A form posted without JavaScript came back without an answer. */
  serverError?: boolean;
  /** Shown without a network: the day of the saved copy of the directory, if the device has one. */
  offline?: { asOf?: string };
};

/** A page of the worker's journey: a question, check your answers, the result or the call to 112. */
export function JourneyPageView({ locale, journey, page, resolved, today, serverError = false, offline }: Props) {
  const other = otherLocale(locale);
  switch (page.kind) {
    case "resume":
      return <ResumeNotice locale={locale} journey={journey} />;
    case "question": {
      const { step, fromCheck } = page;
      return (
        <PageShell locale={locale} alternateHref={stepPath(other, step, journey.answers, { fromCheck })}>
          <QuestionStep
            locale={locale}
            step={step}
            journey={journey}
            place={{}}
            backBeforeFirst={fromCheck ? checkPath(locale, journey.answers) : startPath(locale)}
            fromCheck={fromCheck}
            serverError={serverError}
          />
        </PageShell>
      );
    }
    case "check":
      return (
        <PageShell locale={locale} alternateHref={checkPath(other, journey.answers)}>
          <CheckAnswers locale={locale} journey={journey} />
        </PageShell>
      );
    case "emergency":
      return (
        <PageShell locale={locale} alternateHref={resultPath(other, journey.answers)}>
          <EmergencyCall locale={locale} answers={journey.answers} />
        </PageShell>
      );
    case "result": {
      const { outcome } = page;
      const contacts = resolved ?? resolveWithoutDirectory([outcome.primary, ...outcome.also], journey.answers.municipalityCode, locale);
      return (
        <PageShell locale={locale} alternateHref={resultPath(other, journey.answers)}>
          <ResultView locale={locale} journey={journey} outcome={outcome} resolved={contacts} today={today} offline={offline} />
        </PageShell>
      );
    }
  }
}
