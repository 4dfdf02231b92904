import { ResumeNotice } from "./resume-notice";
import { CheckPageView } from "./check-page-view";
import { QuestionPageView } from "./question-page-view";
import { ResultPageView, type ResultPageViewProps } from "../result/result-page-view";
import type { JourneyPage } from "@/lib/journey/journey-pages";

type Props = Omit<ResultPageViewProps, "page"> & {
  page: Exclude<JourneyPage, { kind: "redirect" | "not-found" }>;
  /** The question was sent without an answer. */
  missingAnswer: boolean;
};

/**
 * Any page of the worker's journey, as the browser renders it from the address (browser-journey.tsx). The server's
 * pages each import only their own view: a route loads the scripts of every client component its modules import.
 */
export function JourneyPageView({ locale, journey, page, missingAnswer, resolved, today, offline }: Props) {
  switch (page.kind) {
    case "resume":
      return <ResumeNotice locale={locale} journey={journey} />;
    case "question":
      return (
        <QuestionPageView locale={locale} journey={journey} step={page.step} fromCheck={page.fromCheck} missingAnswer={missingAnswer} />
      );
    case "check":
      return <CheckPageView locale={locale} journey={journey} />;
    case "emergency":
    case "result":
      return <ResultPageView locale={locale} journey={journey} page={page} resolved={resolved} today={today} offline={offline} />;
  }
}
