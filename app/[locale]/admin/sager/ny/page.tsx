import { AdminShell } from "@/lib/admin/admin-shell";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { writesCases } from "@/lib/training/authoring/case-access";
import { areaOf } from "@/lib/training/authoring/case-areas";
import { CaseEditorPanel } from "@/lib/training/authoring/case-editor-panel";

export const generateMetadata = adminPageTitle("cases.newTitle");

/** A new case, empty; it becomes a draft of the administrator's when first saved. */
export default async function NewCasePage(props: AdminPageProps) {
  const { locale, admin, t } = await openSignedInPage(props, "cases", writesCases);
  const area = areaOf(admin, admin.municipalityCodes[0] ?? null);
  return (
    <AdminShell locale={locale} admin={admin} page="cases" title={t("newTitle")}>
      <p>{t("invented")}</p>
      <CaseEditorPanel locale={locale} admin={admin} initial={{ values: { area }, errors: {}, warnings: [] }} />
    </AdminShell>
  );
}
