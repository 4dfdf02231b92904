import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/lib/admin/admin-shell";
import { AdminTable } from "@/lib/admin/admin-table";
import { FilterForm } from "@/lib/admin/filter-form";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { listContacts, type ContactFilter } from "@/lib/admin/directory-admin.server";
import { isUnitKey } from "@/lib/directory/units";
import { todayInDenmark } from "@/lib/dates";
import { adminContactPath, adminPath } from "@/lib/admin/paths";
import { BODY_KEYS } from "@/machines/vocabulary";

export const generateMetadata = adminPageTitle("contacts.title");

const STATUSES = ["stale", "pending", "retired"] as const;

/** The contacts an administrator may change: filtered by kind, status and a search, each flagged and linked to its form. */
export default async function AdminContactsPage(props: AdminPageProps) {
  const { locale, query, admin, t, tAdmin, notice } = await openSignedInPage(props, "contacts");
  const tBodies = await getTranslations({ locale, namespace: "bodies" });
  const filter: ContactFilter = {
    body: BODY_KEYS.find((body) => body === query.enhed),
    unit: query.enhet && isUnitKey(query.enhet) ? query.enhet : undefined,
    status: STATUSES.find((status) => status === query.status),
    query: query.q?.slice(0, 100),
  };
  const today = todayInDenmark();
  const { contacts, pendingIds } = await readForPage(locale, (db) => listContacts(db, admin, filter, today));
  return (
    <AdminShell locale={locale} admin={admin} page="contacts" title={t("title")} notice={notice}>
      <p className="font-lead">{t("lead")}</p>
      <p>
        <a className="button button-secondary" href={adminPath(locale, "newContact")}>
          {t("new")}
        </a>
      </p>
      <FilterForm
        action={adminPath(locale, "contacts")}
        label={t("filterHeading")}
        submit={t("filter")}
        fields={[
          { name: "q", label: t("search"), type: "search", defaultValue: filter.query ?? "" },
          {
            name: "enhed",
            label: t("body"),
            defaultValue: filter.body ?? "",
            options: [{ value: "", label: t("anyBody") }, ...BODY_KEYS.map((body) => ({ value: body, label: tBodies(body) }))],
          },
          { name: "enhet", label: t("unitFilter"), defaultValue: filter.unit ?? "", placeholder: "municipality:101" },
          {
            name: "status",
            label: t("status"),
            defaultValue: filter.status ?? "",
            options: [
              { value: "", label: t("statusActive") },
              { value: "stale", label: t("statusStale") },
              { value: "pending", label: t("statusPending") },
              { value: "retired", label: t("statusRetired") },
            ],
          },
        ]}
      />
      <p role="status">{t("count", { count: contacts.length })}</p>
      {contacts.length > 0 && (
        <AdminTable headings={[t("name"), t("unit"), t("channels"), t("review")]}>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <td>
                <a href={adminContactPath(locale, contact.id)} aria-label={t("edit", { name: contact.nameDa })}>
                  {contact.nameDa}
                </a>
                <br />
                <span className="muted">{tBodies(contact.body)}</span>
              </td>
              <td>{contact.unit === "national" ? t("national") : contact.unit}</td>
              <td>
                {[contact.phone, contact.email, contact.url].filter(Boolean).join(" · ")}
                {contact.line === "PERSONAL" && <div className="muted">{tAdmin("contact.personalLine")}</div>}
              </td>
              <td>
                {contact.nextReviewAt}
                {contact.nextReviewAt < today && <strong className="recheck"> {t("flagStale")}</strong>}
                {pendingIds.has(contact.id) && <strong> {t("flagPending")}</strong>}
                {contact.retiredAt && <strong> {t("flagRetired")}</strong>}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </AdminShell>
  );
}
