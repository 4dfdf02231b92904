import { headers } from "next/headers";
import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { AdminTable } from "@/lib/admin/admin-table";
import { FormGroup } from "@/lib/admin/form-group";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { listAccounts, policeDistricts, type AccountView } from "@/lib/admin/accounts.server";
import { adminPageTitle, openSignedInPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { isInvitationToken } from "@/lib/admin/invitation-token";
import { ADMIN_ROLES, managesAccounts } from "@/lib/admin/roles";
import { adminInvitationPath } from "@/lib/admin/paths";
import { serverOrigin } from "@/lib/security/same-origin";
import type { Locale } from "@/machines/locale";

export const generateMetadata = adminPageTitle("accounts.title");

/** This site's address as the browser reached it, for a link to hand over. */
const siteAddress = async () => serverOrigin(await headers(), "http:") ?? "http://localhost";

function AccountActions({
  account,
  locale,
  texts,
}: {
  account: AccountView;
  locale: Locale;
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
        <ActionForm
          key={change}
          locale={locale}
          action="changeAccount"
          fields={{ account: account.id, change }}
          submit={texts(change)}
          submitLabel={`${texts(change)}: ${account.email}`}
          kind="secondary"
        />
      ))}
    </div>
  );
}

/** The administrators: who may do what, an invitation for a new one, and disabling or resetting an account. */
export default async function AccountsPage(props: AdminPageProps) {
  const { locale, query, admin, t, tAdmin, notice, error } = await openSignedInPage(props, "accounts", managesAccounts);
  const [accounts, districts] = await readForPage(locale, (db) => Promise.all([listAccounts(db), policeDistricts(db)]));
  const invitationLink =
    query.invitation && isInvitationToken(query.invitation)
      ? `${await siteAddress()}${adminInvitationPath(locale, query.invitation)}`
      : undefined;
  return (
    <AdminShell locale={locale} admin={admin} page="accounts" title={t("title")} notice={notice}>
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
      <AdminTable caption={t("caption")} headings={[t("email"), t("role"), t("status"), t("actions")]}>
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
      </AdminTable>
      <h2>{t("inviteHeading")}</h2>
      <p>{t("inviteLead")}</p>
      {error && <ErrorSummary title={tAdmin("contact.errorSummary")} message={error} fieldId="email" />}
      <ActionForm locale={locale} action="inviteAccount" submit={t("invite")}>
        <FormGroup id="email" label={t("email")}>
          <input className="form-input" id="email" name="email" type="email" defaultValue={query.email ?? ""} required />
        </FormGroup>
        <FormGroup id="role" label={t("role")}>
          <select className="form-select" id="role" name="role" defaultValue={query.rolle ?? "MUNICIPALITY_EDITOR"}>
            {ADMIN_ROLES.map((role) => (
              <option key={role} value={role}>
                {tAdmin(`roles.${role}`)}
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup id="district" label={t("district")}>
          <select className="form-select" id="district" name="district" defaultValue={query.kreds ?? ""}>
            <option value="">–</option>
            {districts.map((district) => (
              <option key={district.id} value={district.id}>
                {district.name}
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup id="municipalities" label={t("municipalities")} hint={t("municipalitiesHint")}>
          <input
            className="form-input"
            id="municipalities"
            name="municipalities"
            defaultValue={query.kommuner ?? ""}
            aria-describedby="municipalities-hint"
          />
        </FormGroup>
      </ActionForm>
    </AdminShell>
  );
}
