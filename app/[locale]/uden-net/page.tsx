import { getTranslations, setRequestLocale } from "next-intl/server";
import { titledBy } from "@/lib/ui/page-metadata";
import { PageShell } from "@/lib/ui/page-shell";
import { JourneyInBrowser } from "@/lib/journey/journey-in-browser";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { offlinePath } from "@/lib/offline/paths";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titledBy("offline.unavailableTitle");

/**
 * The page the service worker shows offline in place of a question, check your answers or the result: the journey
 * in the browser shows the page the address names, and the result from its saved copy of the directory.
 */
export default async function OfflinePage({ params }: Props) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "offline" });
  return (
    <JourneyInBrowser locale={locale} offline>
      <PageShell locale={locale} alternateHref={offlinePath(otherLocale(locale))}>
        <p role="status">{t("loading")}</p>
        <noscript>
          <p>{t("needsJavaScript")}</p>
        </noscript>
      </PageShell>
    </JourneyInBrowser>
  );
}
