import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { RouteColumn } from "@/app/_components/training/route-column";
import "@/app/_components/training/training.css";
import { WhatIfLinks } from "@/app/_components/training/what-if-links";
import { WhatIfQuestion } from "@/app/_components/training/what-if-question";
import { dutyTitle } from "@/lib/legal/legal-basis";
import { otherLocale } from "@/lib/i18n/locales";
import { journeyOf } from "@/lib/questionnaire/journey";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";
import { scenarioPath, whatIfPath } from "@/lib/questionnaire/paths";
import { stepDefinition } from "@/lib/questionnaire/steps";
import { decodeAnswers } from "@/lib/questionnaire/url-state";
import { answerDifferences, routeChanges, type RouteChange } from "@/lib/training/route-difference";
import { scenarioForPage } from "@/lib/training/scenario-page.server";
import { explainRoute } from "@/machines/reasons";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await readPageState(params, searchParams);
  const t = await getTranslations({ locale, namespace: "training" });
  return { title: t("whatIfTitle") };
}

/** Two routes side by side: the case's answers and the same with one answer changed. */
export default async function WhatIfPage({ params, searchParams }: Props) {
  const [{ slug }, { locale, journey: base, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  setRequestLocale(locale);
  const [{ scenario }, t, tBodies] = await Promise.all([
    scenarioForPage(slug),
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "bodies" }),
  ]);
  // A route to compare with must be complete; a hand-made link that is not starts from the case's own answers.
  if (base.replay.status !== "complete") redirect(whatIfPath(locale, slug, scenario.answers, scenario.answers));
  let variation = journeyOf(decodeAnswers(query.b).answers);
  // The form for a question the changed answer brings sends its answer as `svar`.
  if (variation.replay.status === "incomplete" && query.svar !== undefined) {
    const step = variation.replay.next;
    const parsed = stepDefinition(step).schema.safeParse({ answer: query.svar });
    if (parsed.success)
      redirect(whatIfPath(locale, slug, base.answers, { ...variation.answers, ...stepDefinition(step).answersFor(parsed.data.answer) }));
    variation = journeyOf(variation.answers);
  }

  const routeTexts = { firstContact: t("firstContact"), alsoContact: t("alsoContact"), noneAlso: t("noneAlso") };
  const bodyName = (body: Parameters<typeof tBodies>[0]) => tBodies(body);
  const label = (step: Parameters<typeof stepDefinition>[0], value: string | undefined) =>
    stepDefinition(step).options.find((option) => option.value === value)?.label[locale] ?? "–";
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
          {routeChanges(base.replay.outcome, variation.replay.outcome).length === 0 ? (
            <p>{t("whatIfNoChange")}</p>
          ) : (
            <ul>
              {routeChanges(base.replay.outcome, variation.replay.outcome).map((change) => {
                const sentence = changeSentence(change);
                return <li key={sentence}>{sentence}</li>;
              })}
            </ul>
          )}
          <div className="route-columns">
            {[
              { heading: t("original"), journey: base },
              { heading: t("variation"), journey: variation },
            ].map(({ heading, journey }) =>
              journey.replay.status === "complete" ? (
                <div key={heading}>
                  <RouteColumn heading={heading} outcome={journey.replay.outcome} bodyName={bodyName} texts={routeTexts} />
                  <h3 className="h4">{t("whyHeading")}</h3>
                  <ul>
                    {explainRoute(journey.answers, journey.replay.outcome, locale).map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
          </div>
        </>
      )}
      <h2>{t("whatIfHeading")}</h2>
      <p>{t("whatIfLead")}</p>
      <WhatIfLinks locale={locale} slug={slug} answers={base.answers} asked={base.replay.asked} />
    </PageShell>
  );
}
