import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { editsDirectory, managesAccounts } from "@/lib/admin/roles";
import { writesCases } from "@/lib/training/authoring/case-access";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminPath, type AdminPage } from "@/lib/admin/paths";
import type { Locale } from "@/machines/locale";
import { ActionForm } from "./action-form";

/** The menu, each page for the administrators whose work it is. */
const NAV: [AdminPage, (admin: SignedInAdmin) => boolean][] = [
  ["home", () => true],
  ["contacts", editsDirectory],
  ["changes", editsDirectory],
  ["reports", editsDirectory],
  ["health", editsDirectory],
  ["transfer", editsDirectory],
  ["cases", writesCases],
  ["audit", managesAccounts],
  ["accounts", managesAccounts],
];

type ShellProps = {
  locale: Locale;
  admin?: SignedInAdmin;
  /** The page's heading. */
  title: ReactNode;
  /** A notice after an action, under the heading. */
  notice?: string;
  children?: ReactNode;
} &
  // The page in the menu; the language link leads to it in the other language unless alternateHref says otherwise.
  ({ page: AdminPage; alternateHref?: string } | { page?: undefined; alternateHref: string });

/**
 * The administration's frame: its name, the language switch, for a signed-in administrator the menu and sign-out,
 * then the page's heading and notice.
 */
export function AdminShell(props: ShellProps) {
  const { locale, admin, title, notice, children, page } = props;
  const t = useTranslations("admin");
  const other = otherLocale(locale);
  const alternateHref = props.page === undefined ? props.alternateHref : (props.alternateHref ?? adminPath(other, props.page));
  return (
    <>
      <a className="skip-link" href="#main">
        {useTranslations("site")("skipToContent")}
      </a>
      <header className="site-header">
        <div className="container site-header-inner">
          <a className="site-name" href={adminPath(locale, "home")}>
            {t("name")}
          </a>
          <a href={alternateHref} hrefLang={other} lang={other} aria-label={t("otherLanguageLabel")}>
            {t("otherLanguage")}
          </a>
        </div>
      </header>
      {admin && (
        <nav className="container admin-nav" aria-label={t("title")}>
          <ul>
            {NAV.filter(([, shown]) => shown(admin)).map(([item]) => (
              <li key={item}>
                <a href={adminPath(locale, item)} aria-current={item === page ? "page" : undefined}>
                  {t(`nav.${item}`)}
                </a>
              </li>
            ))}
          </ul>
          <p className="muted">
            {t("signedInAs", { email: admin.email })} · {t(`roles.${admin.role}`)}
          </p>
          <div className="admin-sign-out">
            <ActionForm locale={locale} action="signOut" submit={t("signOut")} kind="secondary" />
            <ActionForm locale={locale} action="signOutEverywhere" submit={t("signOutEverywhere")} kind="tertiary" />
          </div>
        </nav>
      )}
      <main id="main" className="container site-main" tabIndex={-1}>
        <h1>{title}</h1>
        <AdminNotice text={notice} />
        {children}
      </main>
    </>
  );
}

/** A notice after an action, read out when the page opens. */
function AdminNotice({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}
