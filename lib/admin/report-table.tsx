import { useTranslations } from "next-intl";
import { ActionForm } from "./action-form";
import { AdminTable } from "./admin-table";
import { isOverdue, REPORT_OVERDUE_DAYS, type OpenReport } from "./open-report";
import { formatDate } from "@/lib/dates";
import { parseTarget } from "@/lib/directory/report-target";
import type { ReportSubject } from "@/lib/directory/reports/report-subject";
import { hostOf } from "@/lib/web-address";
import type { Locale } from "@/machines/locale";

/** An open report with the contact it names as the directory holds it, and where an editor corrects that contact. */
export type ReportRow = OpenReport & { subject?: ReportSubject; proposeHref?: string };

/** The reports an administrator can act on: what is wrong, the suggestion with its source, and the two ways on. */
export function ReportTable({ locale, reports, now }: { locale: Locale; reports: ReportRow[]; now: Date }) {
  const t = useTranslations("admin.reports");
  const tReasons = useTranslations("reports.reasons");
  return (
    <AdminTable headings={(["contact", "reason", "suggestion", "received", "actions"] as const).map((column) => t(`columns.${column}`))}>
      {reports.map((report) => {
        const name = report.subject?.name ?? report.target;
        const kind = parseTarget(report.target)?.kind;
        return (
          <tr key={report.id}>
            <td>
              <strong>{name}</strong>
              {report.subject?.channel && <div className="muted">{report.subject.channel}</div>}
              {!report.subject && <div className="muted">{t("unknownContact")}</div>}
            </td>
            <td>{tReasons(report.reason)}</td>
            <td>
              {report.suggestedChannel ? (
                <>
                  {report.suggestedChannel}
                  {report.suggestedSource && (
                    <div>
                      <a href={report.suggestedSource}>{t("suggestionSource", { host: hostOf(report.suggestedSource) })}</a>
                    </div>
                  )}
                </>
              ) : (
                <span className="muted">{t("noSuggestion")}</span>
              )}
            </td>
            <td>
              {formatDate(report.createdAt.toISOString().slice(0, 10), locale)}
              {isOverdue(report, now) && (
                <div>
                  <strong className="recheck">{t("overdue", { days: REPORT_OVERDUE_DAYS })}</strong>
                </div>
              )}
            </td>
            <td>
              {report.proposeHref ? (
                <p>
                  <a className="button button-secondary" href={report.proposeHref} aria-label={t("proposeLabel", { name })}>
                    {t("propose")}
                  </a>
                </p>
              ) : (
                report.subject && <p className="muted">{kind === "fixed" ? t("inCode") : t("notEditable")}</p>
              )}
              <ActionForm
                locale={locale}
                action="dismissReport"
                fields={{ id: report.id }}
                submit={t("dismiss")}
                submitLabel={t("dismissLabel", { name })}
                kind="tertiary"
              />
            </td>
          </tr>
        );
      })}
    </AdminTable>
  );
}
