import type { Metadata } from "next";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNotice, AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, namedText, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { listAccounts, policeDistricts, type AccountView } from "@/lib/admin/accounts.server";
import { readForPage, requireAdminPage } from "@/lib/admin/admin-request.server";
import { isInvitationToken } from "@/lib/admin/invitation-token";
import { ADMIN_ROLES, managesAccounts } from "@/lib/admin/roles";
import { otherLocale } from "@/lib/i18n/locales";
import { adminActionPath, adminInvitationPath, adminPath } from "@/lib/admin/paths";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.accounts" }))("title") };
}

/** This site's address as the browser reached it, for a link to hand over. */
async function siteAddress() {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${protocol}://${host}`;
}

function AccountActions({
  account,
  locale,
  texts,
}: {
  account: AccountView;
  locale: Parameters<typeof adminPath>[0];
  texts: (key: "disable" | "enable" | "resetSecondFactor" | "approveActivation") => string;
}) {
  const changes = [
    ...(account.status === "awaitingApproval" ? (["approveActivation"] as const) : []),
    account.status === "disabled" ? "enable" : "disable",
    ...(account.secondFactor ? ["resetSecondFactor" as const] : []),
  ] as const;
  return (
    <div className="admin-decision">
      {changes.map((change) => (
        <form key={change} method="post" action={adminActionPath(locale, "changeAccount")}>
          <input type="hidden" name="account" value={account.id} />
          <input type="hidden" name="change" value={change} />
          <button type="submit" className="button button-secondary" aria-label={`${texts(change)}: ${account.email}`}>
            {texts(change)}
          </button>
        </form>
      ))}
    </div>
  );
}

/** The administrators: who may do what, an invitation for a new one, and disabling or resetting an account. */
export default async function AccountsPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  const admin = await requireAdminPage(locale);
  if (!managesAccounts(admin)) forbidden();
  const [t, tAdmin, [accounts, districts]] = await Promise.all([
    getTranslations({ locale, namespace: "admin.accounts" }),
    getTranslations({ locale, namespace: "admin" }),
    readForPage(locale, (db) => Promise.all([listAccounts(db), policeDistricts(db)])),
  ]);
  const notice = namedText(tAdmin, "notices", query.besked);
  const error = namedText(tAdmin, "errors", query.fejl);
  const invitationLink =
    query.invitation && isInvitationToken(query.invitation)
      ? `${await siteAddress()}${adminInvitationPath(locale, query.invitation)}`
      : undefined;
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "accounts")} admin={admin} current="accounts">
      <h1>{t("title")}</h1>
      <AdminNotice text={notice} />
      {invitationLink && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t("invitedHeading", { email: query.til ?? "" })}</p>
            <p className="alert-text">{t("invitedLead")}</p>
            <p>
              <code data-testid="invitation-link">{invitationLink}</code>
            </p>
          </div>
        </div>
      )}
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.email}</th>
                <td>
                  {tAdmin(`roles.${account.role}`)}
                  {account.policeDistrictId && <span className="muted"> · {account.policeDistrictId}</span>}
                  {account.municipalityCodes.length > 0 && <span className="muted"> · {account.municipalityCodes.join(", ")}</span>}
                </td>
                <td>
                  {t(`statuses.${account.status}`)}
                  {account.status === "active" && !account.secondFactor && <span className="muted"> · {t("noSecondFactor")}</span>}
                  {account.requestedBy && <span className="muted"> · {t("requestedBy", { email: account.requestedBy })}</span>}
                </td>
                <td>{account.email !== admin.email && <AccountActions account={account} locale={locale} texts={(key) => t(key)} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("inviteHeading")}</h2>
      <p>{t("inviteLead")}</p>
      {error && <ErrorSummary title={tAdmin("contact.errorSummary")} message={error} fieldId="email" />}
      <form method="post" action={adminActionPath(locale, "inviteAccount")}>
        <div className="form-group">
          <label className="form-label" htmlFor="email">
            {t("email")}
          </label>
          <input className="form-input" id="email" name="email" type="email" defaultValue={query.email ?? ""} required />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="role">
            {t("role")}
          </label>
          <select className="form-select" id="role" name="role" defaultValue={query.rolle ?? "MUNICIPALITY_EDITOR"}>
            {ADMIN_ROLES.map((role) => (
              <option key={role} value={role}>
                {tAdmin(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="district">
            {t("district")}
          </label>
          <select className="form-select" id="district" name="district" defaultValue={query.kreds ?? ""}>
            <option value="">–</option>
            {districts.map((district) => (
              <option key={district.id} value={district.id}>
                {district.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="municipalities">
            {t("municipalities")}
          </label>
          <span className="form-hint" id="municipalities-hint">
            {t("municipalitiesHint")}
          </span>
          <input
            className="form-input"
            id="municipalities"
            name="municipalities"
            defaultValue={query.kommuner ?? ""}
            aria-describedby="municipalities-hint"
          />
        </div>
        <button type="submit" className="button button-primary">
          {t("invite")}
        </button>
      </form>
    </AdminShell>
  );
}
