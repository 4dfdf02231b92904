import { AdminShell } from "@/lib/admin/admin-shell";
import { policeDistricts } from "@/lib/admin/accounts.server";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { openReports } from "@/lib/admin/contact-reports.server";
import { listContacts, pendingChanges } from "@/lib/admin/directory-admin.server";
import { editsDirectory, managesAccounts, mayApprove } from "@/lib/admin/roles";
import { writesCases } from "@/lib/training/authoring/case-access";
import { accountsAtCeiling, ATTEMPT_LIMITS, THROTTLE_WINDOW_MS } from "@/lib/admin/throttle.server";
import { formatDateTime, todayInDenmark } from "@/lib/dates";
import { municipalityName } from "@/lib/directory/municipality-names";
import { adminPath } from "@/lib/admin/paths";

export const generateMetadata = adminPageTitle("title");

/** What the administrator may change, and what waits for them: changes to approve and contacts due for review. */
export default async function AdminHomePage(props: AdminPageProps) {
  const { locale, admin, t } = await openSignedInPage(props, "home");
  const today = todayInDenmark();
  const [due, pending, districts, blocked, reports] = await readForPage(locale, (db) =>
    Promise.all([
      editsDirectory(admin) ? listContacts(db, admin, { status: "stale" }, today) : undefined,
      editsDirectory(admin) ? pendingChanges(db) : [],
      admin.policeDistrictId ? policeDistricts(db) : [],
      accountsAtCeiling(db),
      editsDirectory(admin) ? openReports(db, admin) : [],
    ]),
  );
  // National administrators see every account that nobody can sign in to now; anyone else only their own.
  const blockedShown = blocked.filter(({ email }) => managesAccounts(admin) || email === admin.email);
  const district = districts.find((candidate) => candidate.id === admin.policeDistrictId);
  const scope = {
    NATIONAL: t("scopeNational"),
    DISTRICT_EDITOR: t("scopeDistrict", { district: district?.name ?? admin.policeDistrictId ?? "" }),
    MUNICIPALITY_EDITOR: t("scopeMunicipalities", {
      municipalities: admin.municipalityCodes.map((code) => municipalityName(code)).join(", "),
    }),
    TRAINER: t("scopeTrainer"),
  }[admin.role];
  return (
    <AdminShell locale={locale} admin={admin} page="home" title={t("title")}>
      <p className="font-lead">{scope}</p>
      {writesCases(admin) && (
        <p>
          <a href={adminPath(locale, "cases")}>{t("casesLink")}</a>
        </p>
      )}
      {blockedShown.length > 0 && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <h2 className="alert-heading">{t("ceilingHeading")}</h2>
            {blockedShown.map(({ email, until }) => (
              <p className="alert-text" key={email}>
                {t("ceiling", {
                  email,
                  limit: ATTEMPT_LIMITS.accountCeiling,
                  minutes: THROTTLE_WINDOW_MS / 60_000,
                  until: formatDateTime(until, locale),
                })}
              </p>
            ))}
            {managesAccounts(admin) && (
              <p className="alert-text">
                <a href={adminPath(locale, "audit", { handling: "signInFailed" })}>{t("ceilingLink")}</a>
              </p>
            )}
          </div>
        </div>
      )}
      {due && (
        <>
          <p>
            <a href={adminPath(locale, "changes")}>
              {t("pending", { count: pending.filter((change) => mayApprove(admin, change)).length })}
            </a>
          </p>
          <p>
            <a href={adminPath(locale, "reports")}>{t("reports", { count: reports.length })}</a>
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
