import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNotice, AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { readForPage } from "@/lib/admin/admin-request.server";
import { minutesToWait } from "@/lib/admin/throttled-sign-in";
import { pingDatabase } from "@/lib/db.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminActionPath, adminPath } from "@/lib/admin/paths";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.signIn" }))("title") };
}

const ERRORS = { forkert: "wrong", udloebet: "expired", "for-mange": "throttled", koder: "tooManyCodes" } as const;
const NOTICES = { "logget-ud": "signedOut", "logget-ud-overalt": "signedOutEverywhere" } as const;

export default async function SignInPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  // Signing in needs the database: during an outage the page says so before a password is typed.
  await readForPage(locale, pingDatabase);
  const t = await getTranslations({ locale, namespace: "admin.signIn" });
  const tContact = await getTranslations({ locale, namespace: "admin.contact" });
  const error = ERRORS[query.fejl as keyof typeof ERRORS];
  const notice = NOTICES[query.besked as keyof typeof NOTICES];
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "signIn")}>
      <h1>{t("title")}</h1>
      <AdminNotice text={notice && t(notice)} />
      {error && (
        <ErrorSummary title={tContact("errorSummary")} message={t(error, { minutes: minutesToWait(query.vent) })} fieldId="email" />
      )}
      <p className="font-lead">{t("lead")}</p>
      <form method="post" action={adminActionPath(locale, "signIn")}>
        <div className="form-group">
          <label className="form-label" htmlFor="email">
            {t("email")}
          </label>
          <input className="form-input" id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="password">
            {t("password")}
          </label>
          <input className="form-input" id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" className="button button-primary">
          {t("submit")}
        </button>
      </form>
    </AdminShell>
  );
}
