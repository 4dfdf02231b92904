import { useTranslations } from "next-intl";
import { adminCasePath } from "@/lib/admin/paths";
import type { Locale, Localised } from "@/machines/locale";
import type { LibraryCase } from "./scenarios.server";

/** The language a case's text is in on a page in `locale`: Danish where its English is missing and the Danish stands in. */
export const textLang = (text: Localised, locale: Locale): "da" | undefined => (locale === "en" && text.en === text.da ? "da" : undefined);

/** What a case page says about the case itself: that it is a draft being previewed, or that it is not yet in English. */
export function CaseNotices({ scenario, locale }: { scenario: LibraryCase; locale: Locale }) {
  const t = useTranslations("training");
  return (
    <>
      {!scenario.published && (
        <div className="alert alert-warning" role="status" data-testid="preview-banner">
          <div className="alert-body">
            <p className="alert-text">{t("previewBanner")}</p>
            <p className="alert-text">
              <a href={adminCasePath(locale, scenario.slug)}>{t("previewBack")}</a>
            </p>
          </div>
        </div>
      )}
      {scenario.untranslated && locale === "en" && <p className="muted">{t("untranslated")}</p>}
    </>
  );
}
