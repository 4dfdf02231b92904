import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { JourneyInBrowser } from "@/lib/journey/journey-in-browser";
import { QuestionPageView } from "@/lib/journey/question-page-view";
import { ResumeNotice } from "@/lib/journey/resume-notice";
import { FROM_CHECK, MISSING_ANSWER } from "@/lib/journey/journey-place";
import { questionPage } from "@/lib/journey/journey-pages";
import { journeyPageMetadata } from "@/lib/journey/page-metadata";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, state] = await Promise.all([params, readPageState(params, searchParams)]);
  const page = questionPage(state, slug, state.query[FROM_CHECK.name]);
  return journeyPageMetadata(page, state, { withError: state.query[MISSING_ANSWER.name] === MISSING_ANSWER.value });
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const [{ slug }, { locale, journey, intact, query }] = await Promise.all([params, readPageState(params, searchParams)]);
  setRequestLocale(locale);
  const page = questionPage({ locale, journey, intact }, slug, query[FROM_CHECK.name]);
  if (page.kind === "not-found") notFound();
  if (page.kind === "redirect") redirect(page.to);
  return (
    <JourneyInBrowser locale={locale}>
      {page.kind === "resume" ? (
        <ResumeNotice locale={locale} journey={journey} />
      ) : (
        <QuestionPageView
          locale={locale}
          journey={journey}
          step={page.step}
          fromCheck={page.fromCheck}
          missingAnswer={query[MISSING_ANSWER.name] === MISSING_ANSWER.value}
        />
      )}
    </JourneyInBrowser>
  );
}
