import { getFormatter } from "next-intl/server";
import { AdminShell } from "@/lib/admin/admin-shell";
import { AdminTable } from "@/lib/admin/admin-table";
import { FilterForm } from "@/lib/admin/filter-form";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { AUDIT_ACTIONS, readAuditLog } from "@/lib/admin/audit.server";
import { managesAccounts } from "@/lib/admin/roles";
import { adminPath } from "@/lib/admin/paths";

export const generateMetadata = adminPageTitle("audit.title");

const asText = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 1));

/** The audit log, newest first, filtered by event and by who: for national administrators. */
export default async function AuditLogPage(props: AdminPageProps) {
  const { locale, query, admin, t } = await openSignedInPage(props, "audit", managesAccounts);
  const format = await getFormatter({ locale });
  const action = AUDIT_ACTIONS.find((candidate) => candidate === query.handling);
  const actor = query.hvem?.slice(0, 100);
  const events = await readForPage(locale, (db) => readAuditLog(db, { action, actor }));
  return (
    <AdminShell locale={locale} admin={admin} page="audit" title={t("title")}>
      <p className="font-lead">{t("lead")}</p>
      <FilterForm
        action={adminPath(locale, "audit")}
        submit={t("filter")}
        fields={[
          {
            name: "handling",
            label: t("action"),
            defaultValue: action ?? "",
            options: [
              { value: "", label: t("anyAction") },
              ...AUDIT_ACTIONS.map((candidate) => ({ value: candidate, label: t(`actions.${candidate}`) })),
            ],
          },
          { name: "hvem", label: t("actor"), defaultValue: actor ?? "" },
        ]}
      />
      {events.length === 0 && <p>{t("none")}</p>}
      {events.length > 0 && (
        <AdminTable headings={[t("when"), t("who"), t("what"), t("subject"), t("details")]}>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{format.dateTime(new Date(event.at), { dateStyle: "short", timeStyle: "medium" })}</td>
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
        </AdminTable>
      )}
    </AdminShell>
  );
}
