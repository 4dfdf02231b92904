import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { JourneyInBrowser } from "@/lib/journey/journey-in-browser";
import { ResultPageView } from "@/lib/result/result-page-view";
import { ResumeNotice } from "@/lib/journey/resume-notice";
import { todayInDenmark } from "@/lib/dates";
import { getDb } from "@/lib/db.server";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { resultPage } from "@/lib/journey/journey-pages";
import { bodiesToResolve } from "@/lib/result/result-content";
import { journeyPageMetadata } from "@/lib/journey/page-metadata";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const state = await readPageState(params, searchParams);
  return journeyPageMetadata(resultPage(state), state);
}

export default async function ResultPage({ params, searchParams }: Props) {
  const { locale, journey, intact } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  const page = resultPage({ locale, journey, intact });
  if (page.kind === "redirect") redirect(page.to);
  if (page.kind === "resume") {
    return (
      <JourneyInBrowser locale={locale}>
        <ResumeNotice locale={locale} journey={journey} />
      </JourneyInBrowser>
    );
  }
  const resolved =
    page.kind === "result"
      ? await resolveContacts({
          db: getDb,
          bodies: bodiesToResolve(page.outcome),
          municipalityCode: journey.answers.municipalityCode,
          locale,
        })
      : undefined;
  return (
    <JourneyInBrowser locale={locale}>
      <ResultPageView locale={locale} journey={journey} page={page} resolved={resolved} today={todayInDenmark()} />
    </JourneyInBrowser>
  );
}
