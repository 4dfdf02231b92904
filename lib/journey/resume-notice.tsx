import { useTranslations } from "next-intl";
import { PageShell } from "../ui/page-shell";
import { otherLocale } from "@/lib/i18n/locales";
import type { Journey } from "@/lib/journey/journey";
import type { JourneyPlace } from "@/lib/journey/journey-place";
import { homePath, nextPath } from "@/lib/journey/paths";
import type { Locale } from "@/machines/locale";

/** Shown for a hand-edited or outdated link: offers to go on from the last answer that could be read. */
export function ResumeNotice({ locale, journey, place = {} }: { locale: Locale; journey: Journey; place?: JourneyPlace }) {
  const t = useTranslations("resume");
  return (
    <PageShell locale={locale} alternateHref={nextPath(otherLocale(locale), journey, place)}>
      <h1 tabIndex={-1}>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a className="button button-primary" href={nextPath(locale, journey, place)}>
          {t("continue")}
        </a>
      </p>
      <p>
        <a href={homePath(locale, place)}>{t("startOver")}</a>
      </p>
    </PageShell>
  );
}
