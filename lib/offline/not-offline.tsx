import { useTranslations } from "next-intl";
import { PageShell } from "../ui/page-shell";
import { ContactList } from "../result/contact-list";
import { contactLine } from "@/lib/result/contact-line";
import { todayInDenmark } from "@/lib/dates";
import { fixedContact } from "@/lib/directory/always-available";
import { otherLocale, startPath } from "@/lib/i18n/locales";
import { offlinePath } from "@/lib/offline/paths";
import type { Locale } from "@/machines/locale";

/** Offline, any page of the site but the journey's, which needs the network: the way back, and the numbers that always work. */
export function NotOffline({ locale }: { locale: Locale }) {
  const t = useTranslations("offline");
  const tResult = useTranslations("result");
  const always = (["emergency", "police", "hotline"] as const).map((key) => fixedContact(key, locale));
  return (
    <PageShell locale={locale} alternateHref={offlinePath(otherLocale(locale))}>
      <h1 tabIndex={-1}>{t("unavailableTitle")}</h1>
      <p>{t("unavailableBody")}</p>
      <p>
        <a className="button button-primary" href={startPath(locale)}>
          {t("startOver")}
        </a>
      </p>
      <h2>{tResult("alwaysHeading")}</h2>
      <ContactList
        fallbackLabel={tResult("fallback")}
        today={todayInDenmark()}
        oldSource={(year) => tResult("oldSource", { year })}
        notRecentlyChecked={tResult("notRecentlyChecked")}
        askFor={(whom) => tResult("askForWhom", { whom })}
        items={always.map((contact) => contactLine({ key: contact.body, body: contact.body, name: contact.name, contact, locale }))}
      />
    </PageShell>
  );
}
