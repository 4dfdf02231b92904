import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { JourneyInBrowser } from "@/lib/journey/journey-in-browser";
import { CheckPageView } from "@/lib/journey/check-page-view";
import { ResumeNotice } from "@/lib/journey/resume-notice";
import { checkPage } from "@/lib/journey/journey-pages";
import { journeyPageMetadata } from "@/lib/journey/page-metadata";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const state = await readPageState(params, searchParams);
  return journeyPageMetadata(checkPage(state), state);
}

export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const { locale, journey, intact } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  const page = checkPage({ locale, journey, intact });
  if (page.kind === "redirect") redirect(page.to);
  return (
    <JourneyInBrowser locale={locale}>
      {page.kind === "resume" ? <ResumeNotice locale={locale} journey={journey} /> : <CheckPageView locale={locale} journey={journey} />}
    </JourneyInBrowser>
  );
}
