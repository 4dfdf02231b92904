import { titledBy } from "@/lib/ui/page-metadata";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import { OfflineJourney } from "@/lib/offline/offline-journey";
import { localeOrDefault } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

// The texts of the journey's pages, which the browser renders itself offline.
const JOURNEY_NAMESPACES = ["site", "question", "signs", "resume", "check", "result", "bodies", "contacts", "offline"] as const;

export const generateMetadata = titledBy("offline.unavailableTitle");

/**
 * The page the service worker shows offline in place of a question, check your answers or the result: the
 * browser renders the journey from the address, and the result from its saved copy of the directory.
 */
export default async function OfflinePage({ params }: Props) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const messages = await getMessages();
  const journeyMessages = Object.fromEntries(JOURNEY_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={journeyMessages}>
      <OfflineJourney locale={locale} />
    </NextIntlClientProvider>
  );
}
