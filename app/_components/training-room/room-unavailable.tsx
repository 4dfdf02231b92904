import { getTranslations } from "next-intl/server";
import type { Locale } from "@/machines/locale";

/** What a room page says when the database cannot be reached. */
export async function RoomUnavailable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "trainingRoom" });
  return (
    <>
      <h1>{t("unavailableTitle")}</h1>
      <p>{t("unavailableBody")}</p>
    </>
  );
}
