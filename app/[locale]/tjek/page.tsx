import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnswersSummary } from "@/app/_components/answers-summary";
import { PageShell } from "@/app/_components/page-shell";
import { ResumeNotice } from "@/app/_components/resume-notice";
import { otherLocale } from "@/lib/i18n/locales";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";
import { checkPath, nextPath, resultPath } from "@/lib/questionnaire/paths";

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
      <AnswersSummary
        journey={journey}
        locale={locale}
        change={{ label: t("change"), hiddenLabel: (question) => t("changeHidden", { question }) }}
      />
      <a className="button button-primary" href={resultPath(locale, journey.answers)}>
        {t("confirm")}
      </a>
    </PageShell>
  );
}
