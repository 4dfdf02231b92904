import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { AdminShell } from "@/lib/admin/admin-shell";
import { readAdminPage, type AdminPageProps } from "@/lib/admin/admin-page-props";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { currentSession, readForPage } from "@/lib/admin/admin-request.server";
import { minutesToWait } from "@/lib/admin/throttled-sign-in";
import { totpAddress } from "@/lib/admin/second-factor";
import { pendingEnrolment } from "@/lib/admin/sign-in.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminActionPath, adminPath } from "@/lib/admin/paths";

export async function generateMetadata(props: AdminPageProps): Promise<Metadata> {
  const { locale } = await readAdminPage(props);
  return { title: (await getTranslations({ locale, namespace: "admin.secondFactor" }))("title") };
}

/** The second step of signing in: a code from the authenticator app, which a new administrator first links. */
export default async function SecondFactorPage(props: AdminPageProps) {
  const { locale, query } = await readAdminPage(props);
  setRequestLocale(locale);
  const session = await currentSession(locale);
  if (session?.stage === "signedIn") redirect(adminPath(locale, "home"));
  if (session?.stage !== "secondFactor") redirect(adminPath(locale, "signIn", { fejl: "udloebet" }));
  const t = await getTranslations({ locale, namespace: "admin.secondFactor" });
  const tContact = await getTranslations({ locale, namespace: "admin.contact" });
  const enrolment = session.enrolled ? undefined : await readForPage(locale, (db) => pendingEnrolment(db, session));
  const qrCode = enrolment && (await QRCode.toString(totpAddress(enrolment.secret, session.email), { type: "svg", margin: 2 }));
  return (
    <AdminShell locale={locale} alternateHref={adminPath(otherLocale(locale), "secondFactor")}>
      <h1>{enrolment ? t("enrolTitle") : t("title")}</h1>
      {query.fejl === "kode" && <ErrorSummary title={tContact("errorSummary")} message={t("wrong")} fieldId="code" />}
      {query.fejl === "for-mange" && (
        <ErrorSummary title={tContact("errorSummary")} message={t("throttled", { minutes: minutesToWait(query.vent) })} fieldId="code" />
      )}
      {enrolment ? (
        <>
          <p className="font-lead">{t("enrolLead")}</p>
          <p>{t("enrolScan")}</p>
          <div className="totp-qr" role="img" aria-label={t("enrolScan")} dangerouslySetInnerHTML={{ __html: qrCode ?? "" }} />
          <p>
            {t("secretLabel")}: <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <h2>{t("recoveryTitle")}</h2>
          <p>{t("recoveryLead")}</p>
          <ul className="recovery-codes" data-testid="recovery-codes">
            {enrolment.recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="font-lead">{t("lead")}</p>
      )}
      <form method="post" action={adminActionPath(locale, "secondFactor")}>
        <div className={query.fejl ? "form-group form-error" : "form-group"}>
          <label className="form-label" htmlFor="code">
            {enrolment ? t("enrolCode") : t("code")}
          </label>
          <input
            className="form-input input-width-s"
            id="code"
            name="code"
            autoComplete="one-time-code"
            inputMode={enrolment ? "numeric" : "text"}
            required
          />
        </div>
        <button type="submit" className="button button-primary">
          {enrolment ? t("enrolSubmit") : t("submit")}
        </button>
      </form>
    </AdminShell>
  );
}
