import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="container site-main">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <a href="/">{t("startOver")}</a>
    </main>
  );
}
