import { AdminShell } from "@/lib/admin/admin-shell";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { encodeDraft, DRAFT_PARAM } from "@/lib/admin/contact-draft";
import { openReports } from "@/lib/admin/contact-reports.server";
import { findVersionedContact } from "@/lib/admin/directory-admin.server";
import { adminContactPath } from "@/lib/admin/paths";
import { REPORT_PARAM } from "@/lib/admin/report-param";
import { ReportTable, type ReportRow } from "@/lib/admin/report-table";
import { editsDirectory } from "@/lib/admin/roles";
import { directoryInMemory } from "@/lib/directory/directory-memory.server";
import { parseTarget } from "@/lib/directory/report-target";
import { channelField } from "@/lib/directory/reports/report-schema";
import { reportSubject } from "@/lib/directory/reports/report-subject";

export const generateMetadata = adminPageTitle("reports.title");

/**
 * The workers' reports about the administrator's contacts. A directory contact is corrected in its own form, opened
 * with the suggestion filled in beside the value shown now: saving it proposes the change to a second administrator
 * and marks the report as handled.
 */
export default async function ReportsPage(props: AdminPageProps) {
  const { locale, admin, t, notice } = await openSignedInPage(props, "reports", editsDirectory);
  const rows = await readForPage(locale, async (db): Promise<ReportRow[]> => {
    const [reports, directory] = await Promise.all([openReports(db, admin), directoryInMemory(db)]);
    return Promise.all(
      reports.map(async (report) => {
        const subject = reportSubject(directory, report.target, locale);
        const target = parseTarget(report.target);
        const found = target?.kind === "contact" ? await findVersionedContact(db, target.id) : undefined;
        if (!found || found.contact.retiredAt) return { ...report, ...(subject ? { subject } : {}) };
        const suggestion: Record<string, string> = report.suggestedChannel
          ? { [channelField(report.suggestedChannel)]: report.suggestedChannel, source: report.suggestedSource ?? "", sourceDate: "" }
          : {};
        const live = Object.fromEntries(Object.entries(found.contact).filter((entry): entry is [string, string] => entry[1] !== undefined));
        const draft = encodeDraft({ values: { ...live, version: String(found.version), ...suggestion }, errors: {} });
        const proposeHref = adminContactPath(locale, found.contact.id, { [REPORT_PARAM]: report.id, [DRAFT_PARAM]: draft });
        return { ...report, ...(subject ? { subject } : {}), proposeHref };
      }),
    );
  });
  return (
    <AdminShell locale={locale} admin={admin} page="reports" title={t("title")} notice={notice}>
      <p className="font-lead">{t("lead")}</p>
      {rows.length === 0 ? <p>{t("none")}</p> : <ReportTable locale={locale} reports={rows} now={new Date()} />}
    </AdminShell>
  );
}
