import { ResumeNotice } from "../resume-notice";
import { CheckPageView } from "./check-page-view";
import { QuestionPageView } from "./question-page-view";
import { ResultPageView } from "./result-page-view";
import type { ResolvedContacts } from "@/lib/directory/resolve-contacts";
import type { Journey } from "@/lib/questionnaire/journey";
import type { JourneyPage } from "@/lib/questionnaire/journey-pages";
import type { Locale } from "@/machines/locale";

type Props = {
  locale: Locale;
  journey: Journey;
  page: Exclude<JourneyPage, { kind: "redirect" | "not-found" }>;
  /** The result's contacts, from the saved copy of the directory; without them, 112, 114 and the hotline. */
  resolved?: ResolvedContacts;
  today: string;
  /** The day of the saved copy of the directory, if the device has one. */
  offline: { asOf?: string };
};

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
