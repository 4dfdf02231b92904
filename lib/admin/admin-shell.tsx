import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { managesAccounts } from "@/lib/admin/roles";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import { otherLocale } from "@/lib/i18n/locales";
import { adminActionPath, adminPath, type AdminPage } from "@/lib/admin/paths";
import type { Locale } from "@/machines/locale";

const NAV: AdminPage[] = ["home", "contacts", "changes", "health", "transfer", "audit", "accounts"];
const NATIONAL_ONLY: ReadonlySet<AdminPage> = new Set(["audit", "accounts"]);

/** The administration's frame: its name, the language switch, and for a signed-in administrator the menu and sign-out. */
export function AdminShell(props: {
  locale: Locale;
  alternateHref: string;
  admin?: SignedInAdmin;
  current?: AdminPage;
  children: ReactNode;
}) {
  const { locale, alternateHref, admin, current, children } = props;
  const t = useTranslations("admin");
  const other = otherLocale(locale);
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
            {NAV.filter((page) => !NATIONAL_ONLY.has(page) || managesAccounts(admin)).map((page) => (
              <li key={page}>
                <a href={adminPath(locale, page)} aria-current={page === current ? "page" : undefined}>
                  {t(`nav.${page}`)}
                </a>
              </li>
            ))}
          </ul>
          <p className="muted">
            {t("signedInAs", { email: admin.email })} · {t(`roles.${admin.role}`)}
          </p>
          <div className="admin-sign-out">
            <form method="post" action={adminActionPath(locale, "signOut")}>
              <button type="submit" className="button button-secondary">
                {t("signOut")}
              </button>
            </form>
            <form method="post" action={adminActionPath(locale, "signOutEverywhere")}>
              <button type="submit" className="button button-tertiary">
                {t("signOutEverywhere")}
              </button>
            </form>
          </div>
        </nav>
      )}
      <main id="main" className="container site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** A notice after an action, read out when the page opens. */
export function AdminNotice({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}
