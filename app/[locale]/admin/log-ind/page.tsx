import { ActionForm } from "@/lib/admin/action-form";
import { AdminShell } from "@/lib/admin/admin-shell";
import { FormGroup } from "@/lib/admin/form-group";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { adminPageTitle, openAdminPage, type AdminPageProps } from "@/lib/admin/admin-page.server";
import { readForPage } from "@/lib/admin/admin-request.server";
import { minutesToWait } from "@/lib/admin/throttled-sign-in";
import { pingDatabase } from "@/lib/db.server";

export const generateMetadata = adminPageTitle("signIn.title");

const ERRORS = { forkert: "wrong", udloebet: "expired", "for-mange": "throttled", koder: "tooManyCodes" } as const;
// Signing out leads here; its notices are this page's own texts, not among the administration's.
const NOTICES = { "logget-ud": "signedOut", "logget-ud-overalt": "signedOutEverywhere" } as const;

export default async function SignInPage(props: AdminPageProps) {
  const { locale, query, t, tAdmin } = await openAdminPage(props, "signIn");
  // Signing in needs the database: during an outage the page says so before a password is typed.
  await readForPage(locale, pingDatabase);
  const error = ERRORS[query.fejl as keyof typeof ERRORS];
  const notice = NOTICES[query.besked as keyof typeof NOTICES];
  return (
    <AdminShell locale={locale} page="signIn" title={t("title")} notice={notice && t(notice)}>
      {error && (
        <ErrorSummary title={tAdmin("contact.errorSummary")} message={t(error, { minutes: minutesToWait(query.vent) })} fieldId="email" />
      )}
      <p className="font-lead">{t("lead")}</p>
      <ActionForm locale={locale} action="signIn" submit={t("submit")}>
        <FormGroup id="email" label={t("email")}>
          <input className="form-input" id="email" name="email" type="email" autoComplete="username" required />
        </FormGroup>
        <FormGroup id="password" label={t("password")}>
          <input className="form-input" id="password" name="password" type="password" autoComplete="current-password" required />
        </FormGroup>
      </ActionForm>
    </AdminShell>
  );
}
