import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { TrainingUnavailablePage } from "@/lib/training/training-unavailable";
import "@/lib/training/training.css";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { journeyOf } from "@/lib/journey/journey";
import { caseCardPath, roomStartPath, scenarioPath, trainingPath, scenarioPlace } from "@/lib/training/paths";
import { nextPath } from "@/lib/journey/paths";
import { scenarioForPage } from "@/lib/training/scenario-page.server";
import { CaseNotices, textLang } from "@/lib/training/case-notices";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await scenarioForPage(slug);
  return { title: found === "unavailable" ? undefined : found.scenario.title[localeOrDefault(locale)] };
}

export default async function ScenarioPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOrDefault(rawLocale);
  setRequestLocale(locale);
  const [t, found] = await Promise.all([getTranslations({ locale, namespace: "training" }), scenarioForPage(slug)]);
  if (found === "unavailable") return <TrainingUnavailablePage locale={locale} />;
  const { scenario, asked } = found;

  return (
    <PageShell locale={locale} alternateHref={scenarioPath(otherLocale(locale), slug)}>
      <a className="back-link" href={trainingPath(locale)}>
        {t("backToLibrary")}
      </a>
      <h1 lang={textLang(scenario.title, locale)}>{scenario.title[locale]}</h1>
      <CaseNotices scenario={scenario} locale={locale} />
      <p className="scenario-meta">
        {t("role")}: {t(`roles.${scenario.workplace}`)} · {t("questions", { count: asked.length })}
      </p>
      <h2>{t("caseHeading")}</h2>
      <p className="font-lead" lang={textLang(scenario.narrative, locale)}>
        {scenario.narrative[locale]}
      </p>
      <p>{t("startLead")}</p>
      <a className="button button-primary" href={nextPath(locale, journeyOf({}), scenarioPlace(slug))}>
        {t("start")}
      </a>
      <ul>
        {scenario.published && (
          <li>
            <a href={roomStartPath(locale, slug)}>{t("roomWithCase")}</a>
          </li>
        )}
        <li>
          <a href={caseCardPath(locale, slug)}>{t("caseCard")}</a>
        </li>
      </ul>
    </PageShell>
  );
}
