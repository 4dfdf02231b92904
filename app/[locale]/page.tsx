import { getTranslations, setRequestLocale } from "next-intl/server";
// DKFDS's chevron, which the municipality list and the folds draw (the package exports only its script).
const chevron = new URL("../../node_modules/dkfds/dist/img/svg-icons/chevron-down.svg", import.meta.url);
import { JourneyInBrowser } from "@/lib/journey/journey-in-browser";
import { PageShell } from "@/lib/ui/page-shell";
import { TextList } from "@/lib/ui/text-list";
import { fixedContact } from "@/lib/directory/always-available";
import { telHref } from "@/lib/directory/contact";
import { localeOrDefault, otherLocale, startPath } from "@/lib/i18n/locales";
import { contactsPath } from "@/lib/directory/paths";
import { signsPath, stepPath } from "@/lib/journey/paths";
import { trainingPath } from "@/lib/training/paths";

export default async function StartPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "start" });
  const signs = await getTranslations({ locale, namespace: "signs" });
  const contacts = await getTranslations({ locale, namespace: "contacts" });
  const hotline = fixedContact("hotline", locale);
  const hotlinePhone = hotline.phone ?? "";
  return (
    <JourneyInBrowser locale={locale} loadWhenIdle>
      {/* The municipality list and the folds draw DKFDS's chevron: fetched with the start page, it is not asked for between questions. */}
      <link rel="preload" href={chevron.pathname} as="image" />
      <PageShell locale={locale} alternateHref={startPath(otherLocale(locale))}>
        <h1>{t("title")}</h1>
        <p className="font-lead start-lead">{t("lead")}</p>
        {/* On a phone, the way in and the way to talk first are on the first screen (issue #26). */}
        <div className="start-actions">
          <a className="button button-primary" href={stepPath(locale, "acuteDanger", {})}>
            {t("startButton")}
          </a>
          <span>{t("time")}</span>
        </div>
        <p className="start-talk-first">
          {t("talkFirst", { name: hotline.name, hours: hotline.hours ?? "" })}{" "}
          <a className="button button-secondary" href={telHref(hotlinePhone)}>
            {t("callHotline", { phone: hotlinePhone })}
          </a>
        </p>
        <h2>{t("whatItDoesHeading")}</h2>
        <TextList items={t.raw("whatItDoes")} />
        <h2>{t("whatItDoesNotHeading")}</h2>
        <TextList items={t.raw("whatItDoesNot")} />
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t("noPersonalData")}</p>
          </div>
        </div>
        <p>
          {signs("linkPrompt")} <a href={signsPath(locale)}>{signs("linkText")}</a>
        </p>
        <p>
          {contacts("startPrompt")} <a href={contactsPath(locale)}>{contacts("startLink")}</a>
        </p>
        <p>
          {t("trainingPrompt")} <a href={trainingPath(locale)}>{t("trainingLink")}</a>
        </p>
      </PageShell>
    </JourneyInBrowser>
  );
}
