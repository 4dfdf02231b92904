import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { FormGroup } from "@/lib/admin/form-group";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { MAX_IMPORT_ROWS } from "@/lib/admin/directory-csv";
import { decodeReport, REPORT_PARAM, type ImportReport } from "@/lib/admin/import-report";
import { editsDirectory } from "@/lib/admin/roles";
import { adminExportPath, openReferralPath } from "@/lib/admin/paths";

export const generateMetadata = adminPageTitle("transfer.title");

/** The directory as a CSV file and as Open Referral data, and a file read back in; a bad file's report lists each problem. */
export default async function TransferPage(props: AdminPageProps) {
  const { locale, query, admin, t, tAdmin, notice } = await openSignedInPage(props, "transfer", editsDirectory);
  const report = decodeReport(query[REPORT_PARAM]);
  const problemText = ({ key, field, count }: ImportReport["problems"][number]) =>
    tAdmin.has(`errors.${key}`) ? tAdmin(`errors.${key}`, { field: field ?? "", count: count ?? 0, max: MAX_IMPORT_ROWS }) : key;
  return (
    <AdminShell locale={locale} admin={admin} page="transfer" title={t("title")} notice={notice}>
      {report && report.problems.length > 0 && (
        <>
          <ErrorSummary title={t("reportHeading")} message={problemText(report.problems[0]!)} fieldId="fil" />
          {report.total > report.problems.length && <p>{t("reportFirst", { shown: report.problems.length, total: report.total })}</p>}
          <ul className="import-report" aria-label={t("reportHeading")}>
            {report.problems.map((problem, index) => (
              <li key={index}>
                <strong>{problem.line === 0 ? t("reportFile") : t("reportLine", { line: problem.line })}</strong>
                {problem.field && `, ${t("reportField", { field: problem.field })}`}: {problemText(problem)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="font-lead">{t("lead")}</p>
      <h2>{t("exportHeading")}</h2>
      <ul>
        <li>
          <a href={adminExportPath(locale)} download>
            {t("exportCsv")}
          </a>
        </li>
        <li>
          <a href={openReferralPath(locale)}>{t("exportOpenReferral")}</a>
          <p className="muted">{t("openReferralLead")}</p>
        </li>
      </ul>
      <h2>{t("importHeading")}</h2>
      <ActionForm locale={locale} action="importDirectory" submit={t("submit")} encType="multipart/form-data">
        <FormGroup id="fil" label={t("file")} hint={t("fileHint", { max: MAX_IMPORT_ROWS })}>
          <input className="form-file-input" id="fil" name="fil" type="file" accept=".csv,text/csv" aria-describedby="fil-hint" />
        </FormGroup>
      </ActionForm>
    </AdminShell>
  );
}
