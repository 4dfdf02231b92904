import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { TrainingUnavailablePage } from "@/lib/training/training-unavailable";
import { QuestionStep } from "@/lib/journey/question-step";
import { ResumeNotice } from "@/lib/journey/resume-notice";
import { ScenarioLayout } from "@/lib/training/scenario-layout";
import { otherLocale } from "@/lib/i18n/locales";
import { isAskable } from "@/lib/journey/journey";
import { MISSING_ANSWER } from "@/lib/journey/journey-place";
import { journeyPageMetadata } from "@/lib/journey/page-metadata";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";
import { nextPath, stepPath } from "@/lib/journey/paths";
import { scenarioPath, scenarioPlace } from "@/lib/training/paths";
import { stepBySlug } from "@/lib/journey/steps";
import { scenarioForPage } from "@/lib/training/scenario-page.server";
import { replayAnswers } from "@/machines/replay";
import { CaseNotices, textLang } from "@/lib/training/case-notices";

// The trainee reads the case in full above the first question; after it, a phone keeps it in a fold.
const start = replayAnswers({});
const FIRST_STEP = start.status === "incomplete" ? start.next : undefined;

type Props = { params: Promise<{ locale: string; slug: string; step: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ step: stepSlug }, { locale, journey, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  const step = stepBySlug(stepSlug);
  if (!step) return {};
  return journeyPageMetadata(
    { kind: "question", step, fromCheck: false },
    { locale, journey },
    { withError: query[MISSING_ANSWER.name] === MISSING_ANSWER.value },
  );
}

/** A question of a training scenario: the worker's question page, with the case beside it. */
export default async function ScenarioQuestionPage({ params, searchParams }: Props) {
  const [{ slug, step: stepSlug }, { locale, journey, intact, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  setRequestLocale(locale);
  const step = stepBySlug(stepSlug);
  if (!step) notFound();
  const [found, t] = await Promise.all([scenarioForPage(slug), getTranslations({ locale, namespace: "training" })]);
  if (found === "unavailable") return <TrainingUnavailablePage locale={locale} />;
  const { scenario } = found;
  const place = scenarioPlace(slug);
  if (!intact) return <ResumeNotice locale={locale} journey={journey} place={place} />;
  if (!isAskable(journey, step)) redirect(nextPath(locale, journey, place));

  return (
    <PageShell locale={locale} alternateHref={stepPath(otherLocale(locale), step, journey.answers, place)}>
      <CaseNotices scenario={scenario} locale={locale} />
      <ScenarioLayout
        heading={t("caseHeading")}
        narrative={scenario.narrative[locale]}
        narrativeLang={textLang(scenario.narrative, locale)}
        folded={step !== FIRST_STEP}
      >
        <QuestionStep
          locale={locale}
          step={step}
          journey={journey}
          place={place}
          backBeforeFirst={scenarioPath(locale, slug)}
          fromCheck={false}
          missingAnswer={query[MISSING_ANSWER.name] === MISSING_ANSWER.value}
        />
      </ScenarioLayout>
    </PageShell>
  );
}
