import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNotice, AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, namedText, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { requireAdminPage } from "@/lib/admin/admin-request.server";
import { MAX_IMPORT_ROWS } from "@/lib/admin/directory-csv";
import { decodeReport, REPORT_PARAM, type ImportReport } from "@/lib/admin/import-report";
import { editsDirectory } from "@/lib/admin/roles";
import { otherLocale } from "@/lib/i18n/locales";
import { adminActionPath, adminExportPath, adminPath, openReferralPath } from "@/lib/admin/paths";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.transfer" }))("title") };
}

/** The directory as a CSV file and as Open Referral data, and a file read back in; a bad file's report lists each problem. */
export default async function TransferPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  if (!editsDirectory(admin)) forbidden();
  const [t, tAdmin] = await Promise.all([
    getTranslations({ locale, namespace: "admin.transfer" }),
    getTranslations({ locale, namespace: "admin" }),
  ]);
  const report = decodeReport(query[REPORT_PARAM]);
  const notice = namedText(tAdmin, "notices", query.besked);
  const problemText = ({ key, field, count }: ImportReport["problems"][number]) =>
    tAdmin.has(`errors.${key}`) ? tAdmin(`errors.${key}`, { field: field ?? "", count: count ?? 0, max: MAX_IMPORT_ROWS }) : key;
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "transfer")} admin={admin} current="transfer">
      <h1>{t("title")}</h1>
      <AdminNotice text={notice} />
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
      <form method="post" action={adminActionPath(locale, "importDirectory")} encType="multipart/form-data">
        <div className="form-group">
          <label className="form-label" htmlFor="fil">
            {t("file")}
          </label>
          <span className="form-hint" id="fil-hint">
            {t("fileHint", { max: MAX_IMPORT_ROWS })}
          </span>
          <input className="form-file-input" id="fil" name="fil" type="file" accept=".csv,text/csv" aria-describedby="fil-hint" />
        </div>
        <button type="submit" className="button button-primary">
          {t("submit")}
        </button>
      </form>
    </AdminShell>
  );
}
