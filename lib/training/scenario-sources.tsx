import { getTranslations } from "next-intl/server";
import { formatDate, needsRecheck, todayInDenmark } from "@/lib/dates";
import type { Scenario } from "@/lib/training/scenario";
import type { Locale } from "@/machines/locale";

/** The sources a case draws on, folded away, each with the date it shows. */
export async function ScenarioSources({ scenario, locale }: { scenario: Scenario; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "training" });
  const today = todayInDenmark();
  return (
    <details className="folded">
      <summary>{t("sourcesHeading")}</summary>
      <ul>
        {scenario.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{source.note[locale]}</a> ({t("shownAt", { date: formatDate(source.shownAt, locale) })}
            {needsRecheck(source.shownAt, today) && <strong>, {t("checkBeforeUse")}</strong>})
          </li>
        ))}
      </ul>
    </details>
  );
}
