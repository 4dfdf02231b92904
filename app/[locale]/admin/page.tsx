import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminShell } from "@/app/_components/admin/admin-shell";
import { readAdminPage, type AdminPageProps } from "@/app/_components/admin/admin-page-props";
import { policeDistricts } from "@/lib/admin/accounts.server";
import { readForPage, requireAdminPage } from "@/lib/admin/admin-request.server";
import { listContacts, pendingChanges } from "@/lib/admin/directory-admin.server";
import { editsDirectory, mayApprove } from "@/lib/admin/roles";
import { todayInDenmark } from "@/lib/dates";
import { MUNICIPALITY_NAMES } from "@/lib/directory/municipality-names";
import { otherLocale } from "@/lib/i18n/locales";
import { adminPath } from "@/lib/questionnaire/paths";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin" }))("title") };
}

const municipalityName = new Map<string, string>(MUNICIPALITY_NAMES);

/** What the administrator may change, and what waits for them: changes to approve and contacts due for review. */
export default async function AdminHomePage(props: AdminPageProps) {
  const { locale } = await readAdminPage(props);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  const t = await getTranslations({ locale, namespace: "admin.home" });
  const today = todayInDenmark();
  const [due, pending, districts] = await readForPage(locale, (db) =>
    Promise.all([
      editsDirectory(admin) ? listContacts(db, admin, { status: "stale" }, today) : undefined,
      editsDirectory(admin) ? pendingChanges(db) : [],
      admin.policeDistrictId ? policeDistricts(db) : [],
    ]),
  );
  const district = districts.find((candidate) => candidate.id === admin.policeDistrictId);
  const scope = {
    NATIONAL: t("scopeNational"),
    DISTRICT_EDITOR: t("scopeDistrict", { district: district?.name ?? admin.policeDistrictId ?? "" }),
    MUNICIPALITY_EDITOR: t("scopeMunicipalities", {
      municipalities: admin.municipalityCodes.map((code) => municipalityName.get(code) ?? code).join(", "),
    }),
    TRAINER: t("scopeTrainer"),
  }[admin.role];
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "home")} admin={admin} current="home">
      <h1>{t("title")}</h1>
      <p className="font-lead">{scope}</p>
      {due && (
        <>
          <p>
            <a href={adminPath(locale, "changes")}>
              {t("pending", { count: pending.filter((change) => mayApprove(admin, change)).length })}
            </a>
          </p>
          <h2>{t("dueHeading")}</h2>
          <p>{t("due", { count: due.contacts.length })}</p>
          {due.contacts.length > 0 && (
            <p>
              <a href={adminPath(locale, "contacts", { status: "stale" })}>{t("dueLink")}</a>
            </p>
          )}
        </>
      )}
    </AdminShell>
  );
}
