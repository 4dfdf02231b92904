import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { QuickExit } from "./quick-exit";
import { otherLocale, startPath } from "@/lib/i18n/locales";
import type { Locale } from "@/machines/locale";

/** Header with quick exit and language switch, the page's main content, and the privacy promise. */
export function PageShell({
  locale,
  alternateHref,
  children,
}: {
  locale: Locale;
  /** The same page in the other language, with the same answers. */
  alternateHref: string;
  children: ReactNode;
}) {
  const t = useTranslations("site");
  const other = otherLocale(locale);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header no-print">
        <div className="container site-header-inner">
          <a className="site-name" href={startPath(locale)}>
            {t("name")}
          </a>
          <a href={alternateHref} hrefLang={other} lang={other} aria-label={t("otherLanguageLabel")}>
            {t("otherLanguage")}
          </a>
          <QuickExit label={t("quickExit")} hint={t("quickExitHint")} />
        </div>
      </header>
      <div className="emergency-banner no-print">
        <div className="container">
          <a className="emergency-call" href="tel:112">
            {t("emergency")}
          </a>
        </div>
      </div>
      <main id="main" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>{t("privacy")}</p>
        </div>
      </footer>
    </>
  );
}
