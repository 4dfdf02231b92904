import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNotice, AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, namedText, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ChangeTable } from "@/lib/admin/change-table";
import { readForPage, requireAdminPage } from "@/lib/admin/admin-request.server";
import { pendingChanges } from "@/lib/admin/directory-admin.server";
import { mayEditUnit } from "@/lib/admin/roles";
import { otherLocale } from "@/lib/i18n/locales";
import { adminPath } from "@/lib/admin/paths";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.changes" }))("title") };
}

/** The changes that wait for a second administrator: those touching a unit the administrator covers. */
export default async function ChangesPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  const [t, tAdmin] = await Promise.all([
    getTranslations({ locale, namespace: "admin.changes" }),
    getTranslations({ locale, namespace: "admin" }),
  ]);
  const changes = (await readForPage(locale, pendingChanges)).filter((change) => change.units.some((unit) => mayEditUnit(admin, unit)));
  const notice = namedText(tAdmin, "notices", query.besked);
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "changes")} admin={admin} current="changes">
      <h1>{t("title")}</h1>
      <AdminNotice text={notice} />
      <p className="font-lead">{t("lead")}</p>
      {changes.length === 0 && <p>{t("none")}</p>}
      {changes.map((change) => (
        <ChangeTable key={change.id} locale={locale} change={change} admin={admin} />
      ))}
    </AdminShell>
  );
}
