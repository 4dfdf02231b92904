import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { QuestionForm } from "@/app/_components/question-form";
import { ResumeNotice } from "@/app/_components/resume-notice";
import { otherLocale } from "@/lib/i18n/locales";
import { FROM_CHECK, isFromCheck } from "@/lib/questionnaire/from-check";
import { answersBefore, isAskable, previousStep } from "@/lib/questionnaire/journey";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";
import { checkPath, nextPath, signsPath, startPath, stepPath } from "@/lib/questionnaire/paths";
import { stepBySlug, stepDefinition } from "@/lib/questionnaire/steps";
import { encodeAnswers } from "@/lib/questionnaire/url-state";
import { questionProgress } from "@/machines/replay";

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

  const t = await getTranslations({ locale, namespace: "question" });
  const signs = await getTranslations({ locale, namespace: "signs" });
  const definition = stepDefinition(step);
  const progress = questionProgress(answersBefore(journey, step));
  const fromCheck = isFromCheck(query[FROM_CHECK.name]) && journey.replay.status === "complete";
  const previous = previousStep(journey, step);
  const backHref = fromCheck
    ? checkPath(locale, journey.answers)
    : previous
      ? stepPath(locale, previous, journey.answers)
      : startPath(locale);

  return (
    <PageShell locale={locale} alternateHref={stepPath(otherLocale(locale), step, journey.answers, { fromCheck })}>
      <a className="back-link" href={backHref}>
        {t("back")}
      </a>
      <p className="muted" id="progress">
        {t("progress", progress)}
      </p>
      <QuestionForm
        locale={locale}
        step={step}
        encodedAnswers={encodeAnswers(journey.answers)}
        question={definition.question[locale]}
        hint={definition.hint?.[locale]}
        errorMessage={definition.error[locale]}
        control={definition.control}
        options={definition.options.map((option) => ({ value: option.value, label: option.label[locale] }))}
        defaultValue={definition.valueIn(journey.answers)}
        serverError={query.fejl === "1"}
        fromCheck={fromCheck}
        labels={{ continue: t("continue"), errorSummaryTitle: t("errorSummaryTitle"), errorPrefix: t("errorPrefix"), choose: t("choose") }}
      />
      {step === "concern" && (
        <p>
          {signs("linkPrompt")} <a href={signsPath(locale, journey.answers)}>{signs("linkText")}</a>
        </p>
      )}
    </PageShell>
  );
}
