import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { ResumeNotice } from "@/app/_components/resume-notice";
import { otherLocale } from "@/lib/i18n/locales";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";
import { checkPath, nextPath, resultPath, stepPath } from "@/lib/questionnaire/paths";
import { stepDefinition } from "@/lib/questionnaire/steps";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await readPageState(params, searchParams);
  const t = await getTranslations({ locale, namespace: "check" });
  return { title: t("title") };
}

export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const { locale, journey, intact } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  if (!intact) return <ResumeNotice locale={locale} journey={journey} />;
  if (journey.replay.status !== "complete") redirect(nextPath(locale, journey));
  const t = await getTranslations({ locale, namespace: "check" });

  return (
    <PageShell locale={locale} alternateHref={checkPath(otherLocale(locale), journey.answers)}>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <dl className="summary-list">
        {journey.replay.asked.map((step) => {
          const definition = stepDefinition(step);
          const value = definition.valueIn(journey.answers);
          const option = definition.options.find((candidate) => candidate.value === value);
          return (
            <div className="summary-row" key={step}>
              <dt>{definition.question[locale]}</dt>
              <dd>{option?.label[locale]}</dd>
              <dd className="summary-action">
                <a href={stepPath(locale, step, journey.answers, { fromCheck: true })}>
                  {t("change")}
                  <span className="sr-only"> {t("changeHidden", { question: definition.question[locale] })}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <a className="button button-primary" href={resultPath(locale, journey.answers)}>
        {t("confirm")}
      </a>
    </PageShell>
  );
}
