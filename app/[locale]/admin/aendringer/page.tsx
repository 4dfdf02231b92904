import { AdminShell } from "@/lib/admin/admin-shell";
import { ChangeTable } from "@/lib/admin/change-table";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { pendingChanges } from "@/lib/admin/directory-admin.server";
import { mayEditUnit } from "@/lib/admin/roles";

export const generateMetadata = adminPageTitle("changes.title");

/** The changes that wait for a second administrator: those touching a unit the administrator covers. */
export default async function ChangesPage(props: AdminPageProps) {
  const { locale, admin, t, notice } = await openSignedInPage(props, "changes");
  const changes = (await readForPage(locale, pendingChanges)).filter((change) => change.units.some((unit) => mayEditUnit(admin, unit)));
  return (
    <AdminShell locale={locale} admin={admin} page="changes" title={t("title")} notice={notice}>
      <p className="font-lead">{t("lead")}</p>
      {changes.length === 0 && <p>{t("none")}</p>}
      {changes.map((change) => (
        <ChangeTable key={change.id} locale={locale} change={change} admin={admin} />
      ))}
    </AdminShell>
  );
}
