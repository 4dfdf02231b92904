import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { FormGroup } from "@/lib/admin/form-group";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { findInvitation } from "@/lib/admin/accounts.server";
import { adminPageTitle, openAdminPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminInvitationPath, adminPath } from "@/lib/admin/paths";

export const generateMetadata = adminPageTitle("invitation.title");

/** An invited administrator chooses a password; next they set up their second factor. */
export default async function InvitationPage(props: AdminPageProps<{ token: string }>) {
  const { locale, params, t, tAdmin, error } = await openAdminPage(props, "invitation");
  const { token } = params;
  const invited = await readForPage(locale, (db) => findInvitation(db, token));
  return (
    <AdminShell locale={locale} alternateHref={adminInvitationPath(otherLocale(locale), token)} title={t("title")}>
      {!invited ? (
        <>
          <p className="font-lead">{t("invalid")}</p>
          <p>
            <a href={adminPath(locale, "signIn")}>{t("signIn")}</a>
          </p>
        </>
      ) : (
        <>
          <p className="font-lead">{t("lead", { email: invited.email })}</p>
          {error && <ErrorSummary title={tAdmin("contact.errorSummary")} message={error} fieldId="password" />}
          <ActionForm locale={locale} action="acceptInvitation" fields={{ token }} submit={t("submit")}>
            <input type="text" name="username" autoComplete="username" value={invited.email} readOnly hidden />
            <FormGroup id="password" label={t("password")} hint={t("passwordHint")}>
              <input
                className="form-input"
                id="password"
                name="password"
                type="password"
                autoComplete="new-password"
                aria-describedby="password-hint"
                required
              />
            </FormGroup>
            <FormGroup id="repeat" label={t("repeat")}>
              <input className="form-input" id="repeat" name="repeat" type="password" autoComplete="new-password" required />
            </FormGroup>
          </ActionForm>
        </>
      )}
    </AdminShell>
  );
}
