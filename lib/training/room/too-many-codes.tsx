import { getTranslations } from "next-intl/server";
import { joinPath } from "@/lib/training/paths";
import type { Locale } from "@/machines/locale";

/** A client that has tried many codes that lead to no session is told to wait before it tries another. */
export async function TooManyCodes({ locale, seconds }: { locale: Locale; seconds: number }) {
  const t = await getTranslations({ locale, namespace: "trainingRoom.join" });
  return (
    <>
      <h1>{t("tooManyTitle")}</h1>
      <p>{t("tooManyBody", { seconds })}</p>
      <p>
        <a href={joinPath(locale)}>{t("tryAgain")}</a>
      </p>
    </>
  );
}
