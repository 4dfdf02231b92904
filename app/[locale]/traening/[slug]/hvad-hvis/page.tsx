import { titledBy } from "@/lib/ui/page-metadata";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { TrainingUnavailablePage } from "@/lib/training/training-unavailable";
import { RouteWithReasons } from "@/lib/training/route-with-reasons";
import "@/lib/training/training.css";
import { WhatIfLinks } from "@/lib/training/what-if-links";
import { WhatIfQuestion } from "@/lib/training/what-if-question";
import { dutyTitle } from "@/lib/legal/legal-basis";
import { otherLocale } from "@/lib/i18n/locales";
import { journeyOf } from "@/lib/journey/journey";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";
import { scenarioPath, whatIfPath } from "@/lib/training/paths";
import { optionLabel, stepDefinition } from "@/lib/journey/steps";
import { decodeAnswers } from "@/lib/journey/url-state";
import { answerDifferences, routeChanges, type RouteChange } from "@/lib/training/route-difference";
import { WHAT_IF_FIELDS } from "@/lib/training/query-fields";
import { scenarioForPage } from "@/lib/training/scenario-page.server";
import type { StepId } from "@/machines/vocabulary";
import { CaseNotices } from "@/lib/training/case-notices";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: PageSearchParams };

export const generateMetadata = titledBy("training.whatIfTitle");

/** Two routes side by side: the case's answers and the same with one answer changed. */
export default async function WhatIfPage({ params, searchParams }: Props) {
  const [{ slug }, { locale, journey: base, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  setRequestLocale(locale);
  const [found, t, tBodies] = await Promise.all([
    scenarioForPage(slug),
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "bodies" }),
  ]);
  if (found === "unavailable") return <TrainingUnavailablePage locale={locale} />;
  const { scenario } = found;
  // A route to compare with must be complete; a hand-made link that is not starts from the case's own answers.
  if (base.replay.status !== "complete") redirect(whatIfPath(locale, slug, scenario.answers, scenario.answers));
  let variation = journeyOf(decodeAnswers(query[WHAT_IF_FIELDS.variation]).answers);
  // The form for a question the changed answer brings sends its answer as WHAT_IF_FIELDS.newAnswer.
  if (variation.replay.status === "incomplete" && query[WHAT_IF_FIELDS.newAnswer] !== undefined) {
    const step = variation.replay.next;
    const parsed = stepDefinition(step).schema.safeParse({ answer: query[WHAT_IF_FIELDS.newAnswer] });
    if (parsed.success)
      redirect(whatIfPath(locale, slug, base.answers, { ...variation.answers, ...stepDefinition(step).answersFor(parsed.data.answer) }));
    variation = journeyOf(variation.answers);
  }

  const label = (step: StepId, value: string | undefined) => optionLabel(step, value, locale) ?? "–";
  const changes = variation.replay.status === "complete" ? routeChanges(base.replay.outcome, variation.replay.outcome) : [];
  const differences = answerDifferences(base.answers, base.replay.asked, variation.answers, variation.replay.asked);
  const changeSentence = (change: RouteChange) => {
    switch (change.kind) {
      case "primary":
        return t("changePrimary", { from: tBodies(change.from), to: tBodies(change.to) });
      case "alsoAdded":
      case "alsoRemoved":
        return t(change.kind === "alsoAdded" ? "changeAlsoAdded" : "changeAlsoRemoved", { body: tBodies(change.body) });
      case "dutyAdded":
      case "dutyRemoved":
        return t(change.kind === "dutyAdded" ? "changeDutyAdded" : "changeDutyRemoved", { duty: dutyTitle(change.duty, locale) });
    }
  };

  return (
    <PageShell locale={locale} alternateHref={whatIfPath(otherLocale(locale), slug, base.answers, variation.answers)}>
      <a className="back-link" href={scenarioPath(locale, slug)}>
        {t("backToCase")}
      </a>
      <h1>{t("whatIfTitle")}</h1>
      <CaseNotices scenario={found.scenario} locale={locale} />
      <p className="font-lead">{scenario.title[locale]}</p>
      <ul>
        {differences.map(({ step, given, expected }) => (
          <li key={step}>
            {t("whatIfChanged", { question: stepDefinition(step).question[locale], from: label(step, given), to: label(step, expected) })}
          </li>
        ))}
      </ul>
      {variation.replay.status === "incomplete" ? (
        <WhatIfQuestion
          locale={locale}
          step={variation.replay.next}
          action={whatIfPath(locale, slug, base.answers, variation.answers)}
          texts={{ lead: t("whatIfNeedsAnswer"), submit: t("whatIfChoose") }}
        />
      ) : (
        <>
          <h2>{t("whatIfChangesHeading")}</h2>
          {changes.length === 0 ? (
            <p>{t("whatIfNoChange")}</p>
          ) : (
            <ul>
              {changes.map((change) => {
                const sentence = changeSentence(change);
                return <li key={sentence}>{sentence}</li>;
              })}
            </ul>
          )}
          <div className="route-columns">
            <RouteWithReasons heading={t("original")} answers={base.answers} outcome={base.replay.outcome} locale={locale} />
            <RouteWithReasons heading={t("variation")} answers={variation.answers} outcome={variation.replay.outcome} locale={locale} />
          </div>
        </>
      )}
      <h2>{t("whatIfHeading")}</h2>
      <p>{t("whatIfLead")}</p>
      <WhatIfLinks locale={locale} slug={slug} answers={base.answers} asked={base.replay.asked} />
    </PageShell>
  );
}
