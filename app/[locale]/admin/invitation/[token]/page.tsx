import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, namedText, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { findInvitation } from "@/lib/admin/accounts.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminActionPath, adminInvitationPath, adminPath } from "@/lib/admin/paths";

type Props = AdminPageProps & { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.invitation" }))("title") };
}

/** An invited administrator chooses a password; next they set up their second factor. */
export default async function InvitationPage(props: Props) {
  const [{ locale, query }, { token }] = await Promise.all([readAdminPage(props), props.params]);
  setRequestLocale(locale);
  const [t, tAdmin] = await Promise.all([
    getTranslations({ locale, namespace: "admin.invitation" }),
    getTranslations({ locale, namespace: "admin" }),
  ]);
  const invited = await readForPage(locale, (db) => findInvitation(db, token));
  const error = namedText(tAdmin, "errors", query.fejl);
  return (
    <AdminShell locale={locale} alternateHref={adminInvitationPath(otherLocale(locale), token)}>
      <h1>{t("title")}</h1>
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
          <form method="post" action={adminActionPath(locale, "acceptInvitation")}>
            <input type="hidden" name="token" value={token} />
            <input type="text" name="username" autoComplete="username" value={invited.email} readOnly hidden />
            <div className="form-group">
              <label className="form-label" htmlFor="password">
                {t("password")}
              </label>
              <span className="form-hint" id="password-hint">
                {t("passwordHint")}
              </span>
              <input
                className="form-input"
                id="password"
                name="password"
                type="password"
                autoComplete="new-password"
                aria-describedby="password-hint"
                required
              />
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor="repeat">
                {t("repeat")}
              </label>
              <input className="form-input" id="repeat" name="repeat" type="password" autoComplete="new-password" required />
            </div>
            <button type="submit" className="button button-primary">
              {t("submit")}
            </button>
          </form>
        </>
      )}
    </AdminShell>
  );
}
