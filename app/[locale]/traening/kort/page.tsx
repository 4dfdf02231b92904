import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { PrintButton } from "@/lib/ui/print-button";
import { CaseCard } from "@/lib/training/case-card";
import { TrainingUnavailable } from "@/lib/training/training-unavailable";
import "@/lib/training/training.css";
import { getDb } from "@/lib/db.server";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { caseCardsPath, trainingPath } from "@/lib/training/paths";
import { withRoute } from "@/lib/training/scenario-page.server";
import { orUnavailable } from "@/lib/training/outage.server";
import { listScenarios } from "@/lib/training/scenarios.server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOrDefault((await params).locale), namespace: "training" });
  return { title: t("cardsTitle") };
}

/** The whole library as a set of printable case cards. */
export default async function CaseCardsPage({ params }: Props) {
  // The library lives in the database: render on each request, never once at build time.
  await connection();
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const [scenarios, t] = await Promise.all([
    orUnavailable(() => listScenarios({ db: getDb() })),
    getTranslations({ locale, namespace: "training" }),
  ]);
  if (scenarios === "unavailable") {
    return (
      <PageShell locale={locale} alternateHref={caseCardsPath(otherLocale(locale))}>
        <TrainingUnavailable locale={locale} />
      </PageShell>
    );
  }
  const cases = scenarios.map(withRoute).filter((found) => found !== null);
  return (
    <PageShell locale={locale} alternateHref={caseCardsPath(otherLocale(locale))}>
      <div className="no-print">
        <a className="back-link" href={trainingPath(locale)}>
          {t("backToLibrary")}
        </a>
        <h1>{t("cardsTitle")}</h1>
        <p>{t("cardsLead")}</p>
        <PrintButton label={t("print")} withoutJavaScript={t("printHint")} />
      </div>
      {cases.map((found) => (
        <CaseCard key={found.scenario.slug} locale={locale} case={found} />
      ))}
    </PageShell>
  );
}
