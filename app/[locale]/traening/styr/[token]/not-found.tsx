import { getLocale, getTranslations } from "next-intl/server";
import { PageShell } from "@/app/_components/page-shell";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { roomStartPath } from "@/lib/questionnaire/paths";

/** An unknown or expired control link: the two look the same, as nothing is kept of a session that has ended. */
export default async function RoomControlNotFound() {
  const locale = localeOrDefault(await getLocale());
  const t = await getTranslations({ locale, namespace: "trainingRoom.control" });
  return (
    <PageShell locale={locale} alternateHref={roomStartPath(otherLocale(locale))}>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <a className="button button-primary" href={roomStartPath(locale)}>
        {t("startNew")}
      </a>
    </PageShell>
  );
}
