import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { QuestionStep } from "@/app/_components/question-step";
import { ResumeNotice } from "@/app/_components/resume-notice";
import { otherLocale } from "@/lib/i18n/locales";
import { FROM_CHECK, isFromCheck } from "@/lib/questionnaire/from-check";
import { isAskable } from "@/lib/questionnaire/journey";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";
import { checkPath, nextPath, startPath, stepPath } from "@/lib/questionnaire/paths";
import { stepBySlug, stepDefinition } from "@/lib/questionnaire/steps";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { locale, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  const step = stepBySlug(slug);
  if (!step) return {};
  const t = await getTranslations({ locale, namespace: "question" });
  const question = stepDefinition(step).question[locale];
  return { title: query.fejl ? `${t("errorPrefix")}${question}` : question };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const [{ slug }, { locale, journey, intact, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  setRequestLocale(locale);
  const step = stepBySlug(slug);
  if (!step) notFound();
  if (!intact) return <ResumeNotice locale={locale} journey={journey} />;
  if (!isAskable(journey, step)) redirect(nextPath(locale, journey));

  const fromCheck = isFromCheck(query[FROM_CHECK.name]) && journey.replay.status === "complete";

  return (
    <PageShell locale={locale} alternateHref={stepPath(otherLocale(locale), step, journey.answers, { fromCheck })}>
      <QuestionStep
        locale={locale}
        step={step}
        journey={journey}
        place={{}}
        backBeforeFirst={fromCheck ? checkPath(locale, journey.answers) : startPath(locale)}
        fromCheck={fromCheck}
        serverError={query.fejl === "1"}
      />
    </PageShell>
  );
}
