import { ResumeNotice } from "../journey/resume-notice";
import { CheckPageView } from "../journey/check-page-view";
import { QuestionPageView } from "../journey/question-page-view";
import { ResultPageView, type ResultPageViewProps } from "../result/result-page-view";
import type { JourneyPage } from "@/lib/journey/journey-pages";

type Props = Omit<ResultPageViewProps, "page"> & { page: Exclude<JourneyPage, { kind: "redirect" | "not-found" }> };

/**
 * Any page of the worker's journey, as the browser renders it offline from the address. The server's pages
 * each import only their own view: a route loads the scripts of every client component its modules import.
 */
export function JourneyPageView({ locale, journey, page, resolved, today, offline }: Props) {
  switch (page.kind) {
    case "resume":
      return <ResumeNotice locale={locale} journey={journey} />;
    case "question":
      return <QuestionPageView locale={locale} journey={journey} step={page.step} fromCheck={page.fromCheck} serverError={false} />;
    case "check":
      return <CheckPageView locale={locale} journey={journey} />;
    case "emergency":
    case "result":
      return <ResultPageView locale={locale} journey={journey} page={page} resolved={resolved} today={today} offline={offline} />;
  }
}
