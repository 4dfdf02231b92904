import { PageShell } from "../ui/page-shell";
import { CheckAnswers } from "./check-answers";
import { otherLocale } from "@/lib/i18n/locales";
import type { Journey } from "@/lib/journey/journey";
import { checkPath } from "@/lib/journey/paths";
import type { Locale } from "@/machines/locale";

/** Check your answers in its page. */
export function CheckPageView({ locale, journey }: { locale: Locale; journey: Journey }) {
  return (
    <PageShell locale={locale} alternateHref={checkPath(otherLocale(locale), journey.answers)}>
      <CheckAnswers locale={locale} journey={journey} />
    </PageShell>
  );
}
