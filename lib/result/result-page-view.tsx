import { PageShell } from "../ui/page-shell";
import { EmergencyCall } from "./emergency-call";
import { ResultView } from "./result-view";
import { resolveWithoutDirectory, type ResolvedContacts } from "@/lib/directory/resolve-contacts";
import { otherLocale } from "@/lib/i18n/locales";
import type { Journey } from "@/lib/journey/journey";
import type { JourneyPage } from "@/lib/journey/journey-pages";
import { resultPath } from "@/lib/journey/paths";
import { bodiesToResolve } from "@/lib/result/result-content";
import type { Locale } from "@/machines/locale";

export type ResultPageViewProps = {
  locale: Locale;
  journey: Journey;
  /** The result, or the call to 112 when someone is in danger now (rule R0). */
  page: Extract<JourneyPage, { kind: "result" | "emergency" }>;
  /** The contacts; without them, only those that never depend on the directory. */
  resolved?: ResolvedContacts;
  today: string;
  /** Shown without a network: the day of the saved copy of the directory, if the device has one. */
  offline?: { asOf?: string };
};

/** The result of the worker's journey in its page: what to do, or the call to 112. */
export function ResultPageView({ locale, journey, page, resolved, today, offline }: ResultPageViewProps) {
  const alternateHref = resultPath(otherLocale(locale), journey.answers);
  if (page.kind === "emergency") {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <EmergencyCall locale={locale} answers={journey.answers} />
      </PageShell>
    );
  }
  const { outcome } = page;
  const contacts = resolved ?? resolveWithoutDirectory(bodiesToResolve(outcome), journey.answers.municipalityCode, locale);
  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      <ResultView locale={locale} journey={journey} outcome={outcome} resolved={contacts} today={today} offline={offline} />
    </PageShell>
  );
}
