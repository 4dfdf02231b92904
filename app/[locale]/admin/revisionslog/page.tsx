import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminShell } from "@/app/_components/admin/admin-shell";
import { readAdminPage, type AdminPageProps } from "@/app/_components/admin/admin-page-props";
import { requireAdminPage } from "@/lib/admin/admin-request.server";
import { AUDIT_ACTIONS, readAuditLog } from "@/lib/admin/audit.server";
import { managesAccounts } from "@/lib/admin/roles";
import { getDb } from "@/lib/db.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminPath } from "@/lib/questionnaire/paths";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.audit" }))("title") };
}

const asText = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 1));

/** The audit log, newest first, filtered by event and by who: for national administrators. */
export default async function AuditLogPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  if (!managesAccounts(admin)) forbidden();
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "admin.audit" }), getFormatter({ locale })]);
  const action = AUDIT_ACTIONS.find((candidate) => candidate === query.handling);
  const actor = query.hvem?.slice(0, 100);
  const events = await readAuditLog(getDb(), { action, actor });
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "audit")} admin={admin} current="audit">
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <form method="get" action={adminPath(locale, "audit")} className="admin-filter">
        <div className="form-group">
          <label className="form-label" htmlFor="handling">
            {t("action")}
          </label>
          <select className="form-select" id="handling" name="handling" defaultValue={action ?? ""}>
            <option value="">{t("anyAction")}</option>
            {AUDIT_ACTIONS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`actions.${candidate}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="hvem">
            {t("actor")}
          </label>
          <input className="form-input" id="hvem" name="hvem" defaultValue={actor ?? ""} />
        </div>
        <button type="submit" className="button button-secondary">
          {t("filter")}
        </button>
      </form>
      {events.length === 0 && <p>{t("none")}</p>}
      {events.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{format.dateTime(new Date(event.at), { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Copenhagen" })}</td>
                  <td>{event.actorEmail ?? "–"}</td>
                  <td>
                    {AUDIT_ACTIONS.includes(event.action as never)
                      ? t(`actions.${event.action as (typeof AUDIT_ACTIONS)[number]}`)
                      : event.action}
                  </td>
                  <td>{event.subject ?? ""}</td>
                  <td>
                    {(event.before !== null || event.after !== null) && (
                      <details>
                        <summary>{t("details")}</summary>
                        <pre className="audit-json">{asText(event.before)}</pre>
                        <pre className="audit-json">{asText(event.after)}</pre>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminShell>
  );
}
