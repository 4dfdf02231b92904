import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNotice, AdminShell } from "@/app/_components/admin/admin-shell";
import { readAdminPage, type AdminPageProps } from "@/app/_components/admin/admin-page-props";
import { requireAdminPage } from "@/lib/admin/admin-request.server";
import { listContacts, type ContactFilter } from "@/lib/admin/directory-admin.server";
import { isUnitKey } from "@/lib/admin/units";
import { todayInDenmark } from "@/lib/dates";
import { getDb } from "@/lib/db.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminContactPath, adminPath } from "@/lib/questionnaire/paths";
import { BODY_KEYS } from "@/machines/vocabulary";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.contacts" }))("title") };
}

const STATUSES = ["stale", "pending", "retired"] as const;

/** The contacts an administrator may change: filtered by kind, status and a search, each flagged and linked to its form. */
export default async function AdminContactsPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  const [t, tAdmin, tBodies] = await Promise.all([
    getTranslations({ locale, namespace: "admin.contacts" }),
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale, namespace: "bodies" }),
  ]);
  const filter: ContactFilter = {
    body: BODY_KEYS.find((body) => body === query.enhed),
    unit: query.enhet && isUnitKey(query.enhet) ? query.enhet : undefined,
    status: STATUSES.find((status) => status === query.status),
    query: query.q?.slice(0, 100),
  };
  const today = todayInDenmark();
  const { contacts, pendingIds } = await listContacts(getDb(), admin, filter, today);
  const notice = query.besked && tAdmin.has(`notices.${query.besked}`) ? tAdmin(`notices.${query.besked}`) : undefined;
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "contacts")} admin={admin} current="contacts">
      <h1>{t("title")}</h1>
      <AdminNotice text={notice} />
      <p className="font-lead">{t("lead")}</p>
      <p>
        <a className="button button-secondary" href={adminPath(locale, "newContact")}>
          {t("new")}
        </a>
      </p>
      <form method="get" action={adminPath(locale, "contacts")} className="admin-filter" aria-label={t("filterHeading")}>
        <div className="form-group">
          <label className="form-label" htmlFor="q">
            {t("search")}
          </label>
          <input className="form-input" id="q" name="q" type="search" defaultValue={filter.query ?? ""} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="enhed">
            {t("body")}
          </label>
          <select className="form-select" id="enhed" name="enhed" defaultValue={filter.body ?? ""}>
            <option value="">{t("anyBody")}</option>
            {BODY_KEYS.map((body) => (
              <option key={body} value={body}>
                {tBodies(body)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="enhet">
            {t("unitFilter")}
          </label>
          <input className="form-input" id="enhet" name="enhet" defaultValue={filter.unit ?? ""} placeholder="municipality:101" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="status">
            {t("status")}
          </label>
          <select className="form-select" id="status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("statusActive")}</option>
            <option value="stale">{t("statusStale")}</option>
            <option value="pending">{t("statusPending")}</option>
            <option value="retired">{t("statusRetired")}</option>
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("filter")}
        </button>
      </form>
      <p role="status">{t("count", { count: contacts.length })}</p>
      {contacts.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("unit")}</th>
                <th scope="col">{t("channels")}</th>
                <th scope="col">{t("review")}</th>
              </tr>
            </thead>
            <tbody>
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
                  <td>{[contact.phone, contact.email, contact.url].filter(Boolean).join(" · ")}</td>
                  <td>
                    {contact.nextReviewAt}
                    {contact.nextReviewAt < today && <strong className="recheck"> {t("flagStale")}</strong>}
                    {pendingIds.has(contact.id) && <strong> {t("flagPending")}</strong>}
                    {contact.retiredAt && <strong> {t("flagRetired")}</strong>}
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
