import { getLocale, getTranslations } from "next-intl/server";
import { AdminShell } from "@/lib/admin/admin-shell";
import { localeOrDefault } from "@/lib/i18n/locales";
import { adminPath } from "@/lib/admin/paths";

/** A page outside the signed-in administrator's role or units: status 403, and the way back. */
export default async function Forbidden() {
  const locale = localeOrDefault(await getLocale());
  const t = await getTranslations({ locale, namespace: "admin.forbidden" });
  return (
    <AdminShell locale={locale} page="home" title={t("title")}>
      <p>{t("body")}</p>
      <a className="button button-primary" href={adminPath(locale, "home")}>
        {t("back")}
      </a>
    </AdminShell>
  );
}
