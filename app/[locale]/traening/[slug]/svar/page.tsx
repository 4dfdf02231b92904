import { titledBy } from "@/lib/ui/page-metadata";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { TrainingUnavailablePage } from "@/lib/training/training-unavailable";
import { ResumeNotice } from "@/lib/journey/resume-notice";
import { RouteOnTheModel } from "@/lib/training/diagram/route-on-the-model";
import { CaseAnswer } from "@/lib/training/case-answer";
import { RouteColumn } from "@/lib/training/route-column";
import { ScenarioSources } from "@/lib/training/scenario-sources";
import { ScoreSentences } from "@/lib/training/score-sentences";
import "@/lib/training/training.css";
import { WhatIfLinks } from "@/lib/training/what-if-links";
import { otherLocale } from "@/lib/i18n/locales";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";
import { guessPath, revealPath, scenarioPath, trainingPath, scenarioPlace } from "@/lib/training/paths";
import { nextPath, resultPath } from "@/lib/journey/paths";
import { optionLabel, stepDefinition } from "@/lib/journey/steps";
import { readGuess } from "@/lib/training/guess";
import { answerDifferences } from "@/lib/training/route-difference";
import { scenarioForPage } from "@/lib/training/scenario-page.server";
import { scoreGuess } from "@/lib/training/score";
import type { StepId } from "@/machines/vocabulary";
import { CaseNotices } from "@/lib/training/case-notices";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: PageSearchParams };

export const generateMetadata = titledBy("training.revealTitle");

/** The reveal: the guess scored, the trainee's route beside the model's, why, the duties and what-if. */
export default async function RevealPage({ params, searchParams }: Props) {
  const [{ slug }, { locale, journey, intact }, search] = await Promise.all([params, readPageState(params, searchParams), searchParams]);
  setRequestLocale(locale);
  const place = scenarioPlace(slug);
  const [found, t] = await Promise.all([scenarioForPage(slug), getTranslations({ locale, namespace: "training" })]);
  if (found === "unavailable") return <TrainingUnavailablePage locale={locale} />;
  const { scenario, outcome, asked } = found;
  if (!intact) return <ResumeNotice locale={locale} journey={journey} place={place} />;
  if (journey.replay.status !== "complete") redirect(nextPath(locale, journey, place));
  const guess = readGuess(search);
  if (!guess) redirect(guessPath(locale, slug, journey.answers, { withError: true }));

  const mine = journey.replay;
  const differences = answerDifferences(journey.answers, mine.asked, scenario.answers, asked);
  const label = (step: StepId, value: string | undefined) => optionLabel(step, value, locale) ?? "–";

  return (
    <PageShell locale={locale} alternateHref={revealPath(otherLocale(locale), slug, journey.answers, guess)}>
      <a className="back-link" href={guessPath(locale, slug, journey.answers)}>
        {t("backToGuess")}
      </a>
      <h1>{t("revealTitle")}</h1>
      <CaseNotices scenario={found.scenario} locale={locale} />
      <p className="font-lead">{scenario.title[locale]}</p>
      <ScoreSentences locale={locale} score={scoreGuess(guess, outcome)} />
      <h2>{t("routeHeading")}</h2>
      {differences.length === 0 ? (
        <RouteColumn outcome={outcome} />
      ) : (
        <>
          <p>{t("astray")}</p>
          <ul>
            {differences.map(({ step, given, expected }) => (
              <li key={step}>
                {t("astrayAnswer", {
                  question: stepDefinition(step).question[locale],
                  given: label(step, given),
                  expected: label(step, expected),
                })}
              </li>
            ))}
          </ul>
          <div className="route-columns">
            <RouteColumn heading={t("yourRoute")} outcome={mine.outcome} />
            <RouteColumn heading={t("modelRoute")} outcome={outcome} />
          </div>
        </>
      )}
      <RouteOnTheModel locale={locale} taken={journey.answers} model={differences.length > 0 ? scenario.answers : undefined} />
      <CaseAnswer scenario={scenario} outcome={outcome} locale={locale} showRoute={false} />
      <h2>{t("discussionHeading")}</h2>
      <ul>
        {scenario.discussionQuestions.map((question) => (
          <li key={question.da}>{question[locale]}</li>
        ))}
      </ul>
      <h2>{t("whatIfHeading")}</h2>
      <p>{t("whatIfLead")}</p>
      <WhatIfLinks locale={locale} slug={slug} answers={scenario.answers} asked={asked} />
      <ScenarioSources scenario={scenario} locale={locale} />
      <ul className="no-print">
        <li>
          <a href={resultPath(locale, scenario.answers)}>{t("contactsLink")}</a>
        </li>
        <li>
          <a href={scenarioPath(locale, slug)}>{t("tryAgain")}</a>
        </li>
        <li>
          <a href={trainingPath(locale)}>{t("backToLibrary")}</a>
        </li>
      </ul>
    </PageShell>
  );
}
