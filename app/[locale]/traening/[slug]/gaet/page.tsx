import { withErrorPrefix } from "@/lib/ui/title";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { TrainingUnavailablePage } from "@/lib/training/training-unavailable";
import { ResumeNotice } from "@/lib/journey/resume-notice";
import { GuessForm } from "@/lib/training/guess-form";
import { ScenarioLayout } from "@/lib/training/scenario-layout";
import { otherLocale } from "@/lib/i18n/locales";
import { dutyTitle } from "@/lib/legal/legal-basis";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";
import { guessPath, revealFormPath, scenarioPlace } from "@/lib/training/paths";
import { nextPath, lastQuestionPath } from "@/lib/journey/paths";
import { encodeAnswers } from "@/lib/journey/url-state";
import { GUESSABLE_BODIES } from "@/lib/training/guess";
import { GUESS_ERROR } from "@/lib/training/query-fields";
import { scenarioForPage } from "@/lib/training/scenario-page.server";
import { DUTY_KEYS } from "@/machines/vocabulary";
import { CaseNotices, textLang } from "@/lib/training/case-notices";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, query } = await readPageState(params, searchParams);
  const [t, question] = await Promise.all([
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "question" }),
  ]);
  return {
    title: query[GUESS_ERROR.name] === GUESS_ERROR.value ? withErrorPrefix(t("guessTitle"), question("errorPrefix")) : t("guessTitle"),
  };
}

/** After the last question: the trainee names whom they would contact, before the reveal. */
export default async function GuessPage({ params, searchParams }: Props) {
  const [{ slug }, { locale, journey, intact, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  setRequestLocale(locale);
  const place = scenarioPlace(slug);
  const [found, t, tBodies, question] = await Promise.all([
    scenarioForPage(slug),
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "bodies" }),
    getTranslations({ locale, namespace: "question" }),
  ]);
  if (found === "unavailable") return <TrainingUnavailablePage locale={locale} />;
  const { scenario } = found;
  if (!intact) return <ResumeNotice locale={locale} journey={journey} place={place} />;
  if (journey.replay.status !== "complete") redirect(nextPath(locale, journey, place));

  return (
    <PageShell locale={locale} alternateHref={guessPath(otherLocale(locale), slug, journey.answers)}>
      <a className="back-link" href={lastQuestionPath(locale, journey, place)}>
        {question("back")}
      </a>
      <CaseNotices scenario={scenario} locale={locale} />
      <ScenarioLayout
        heading={t("caseHeading")}
        narrative={scenario.narrative[locale]}
        narrativeLang={textLang(scenario.narrative, locale)}
        folded
      >
        <GuessForm
          action={revealFormPath(locale, slug)}
          encodedAnswers={encodeAnswers(journey.answers)}
          showError={query[GUESS_ERROR.name] === GUESS_ERROR.value}
          bodies={GUESSABLE_BODIES.map((body) => ({ value: body, label: tBodies(body) }))}
          duties={DUTY_KEYS.map((duty) => ({ value: duty, label: dutyTitle(duty, locale) }))}
          texts={{
            title: t("guessTitle"),
            lead: t("guessLead"),
            first: t("guessFirst"),
            firstError: t("guessFirstError"),
            also: t("guessAlso"),
            duties: t("guessDuties"),
            submit: t("guessSubmit"),
            errorSummaryTitle: question("errorSummaryTitle"),
            errorPrefix: question("errorPrefix"),
          }}
        />
      </ScenarioLayout>
    </PageShell>
  );
}
