import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { FormGroup } from "@/lib/admin/form-group";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { adminPageTitle, openAdminPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { currentSession, readForPage } from "@/lib/admin/admin-request.server";
import { minutesToWait } from "@/lib/admin/throttled-sign-in";
import { totpAddress } from "@/lib/admin/second-factor";
import { pendingEnrolment } from "@/lib/admin/sign-in.server";
import { adminPath } from "@/lib/admin/paths";

export const generateMetadata = adminPageTitle("secondFactor.title");

/** The second step of signing in: a code from the authenticator app, which a new administrator first links. */
export default async function SecondFactorPage(props: AdminPageProps) {
  const { locale, query, t, tAdmin } = await openAdminPage(props, "secondFactor");
  const session = await currentSession(locale);
  if (session?.stage === "signedIn") redirect(adminPath(locale, "home"));
  if (session?.stage !== "secondFactor") redirect(adminPath(locale, "signIn", { fejl: "udloebet" }));
  const errorSummary = tAdmin("contact.errorSummary");
  const enrolment = session.enrolled ? undefined : await readForPage(locale, (db) => pendingEnrolment(db, session));
  const qrCode = enrolment && (await QRCode.toString(totpAddress(enrolment.secret, session.email), { type: "svg", margin: 2 }));
  return (
    <AdminShell locale={locale} page="secondFactor" title={enrolment ? t("enrolTitle") : t("title")}>
      {query.fejl === "kode" && <ErrorSummary title={errorSummary} message={t("wrong")} fieldId="code" />}
      {query.fejl === "for-mange" && (
        <ErrorSummary title={errorSummary} message={t("throttled", { minutes: minutesToWait(query.vent) })} fieldId="code" />
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
      <ActionForm locale={locale} action="secondFactor" submit={enrolment ? t("enrolSubmit") : t("submit")}>
        <FormGroup id="code" label={enrolment ? t("enrolCode") : t("code")} invalid={Boolean(query.fejl)}>
          <input
            className="form-input input-width-s"
            id="code"
            name="code"
            autoComplete="one-time-code"
            inputMode={enrolment ? "numeric" : "text"}
            required
          />
        </FormGroup>
      </ActionForm>
    </AdminShell>
  );
}
