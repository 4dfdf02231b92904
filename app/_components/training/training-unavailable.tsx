import { getTranslations } from "next-intl/server";
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
