import { getTranslations } from "next-intl/server";
import { PageShell } from "../ui/page-shell";
import { otherLocale } from "@/lib/i18n/locales";
import { trainingPath } from "@/lib/training/paths";
import type { Locale } from "@/machines/locale";

/** What a training page says when the database cannot be reached. */
export async function TrainingUnavailable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "training" });
  return (
    <>
      <h1>{t("unavailableTitle")}</h1>
      <p>{t("unavailableBody")}</p>
    </>
  );
}

/** A whole training page that says so, with the language switch leading to the library. */
export function TrainingUnavailablePage({ locale }: { locale: Locale }) {
  return (
    <PageShell locale={locale} alternateHref={trainingPath(otherLocale(locale))}>
      <TrainingUnavailable locale={locale} />
    </PageShell>
  );
}
