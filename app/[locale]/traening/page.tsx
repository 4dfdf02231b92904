import { titledBy } from "@/lib/ui/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { FilterSelect } from "@/lib/training/filter-select";
import { TrainingUnavailablePage } from "@/lib/training/training-unavailable";
import "@/lib/training/training.css";
import { getDb } from "@/lib/db.server";
import { otherLocale } from "@/lib/i18n/locales";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";
import { caseCardsPath, joinPath, modelPath, roomStartPath, scenarioPath, trainingPath } from "@/lib/training/paths";
import { NATIONAL_CASES, readLibraryFilter } from "@/lib/training/library-filter";
import { textLang } from "@/lib/training/case-notices";
import { municipalityName } from "@/lib/directory/municipality-names";
import { LIBRARY_FILTER_FIELDS } from "@/lib/training/query-fields";
import { orUnavailable } from "@/lib/training/outage.server";
import { listScenarios, municipalitiesWithCases } from "@/lib/training/scenarios.server";
import { replayAnswers } from "@/machines/replay";
import { RULE_IDS, ruleById, type RuleId } from "@/machines/rules";
import { WORKPLACES } from "@/machines/vocabulary";

// The diagram's short names for the ends read well in a list once the radicalisation ends are grouped under that word.
const isRadicalisation = (rule: RuleId) => ruleById(rule).when.includes("concernRadicalisation");
const radicalisationRules = RULE_IDS.filter(isRadicalisation);
const otherRules = RULE_IDS.filter((rule) => !isRadicalisation(rule));

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export const generateMetadata = titledBy("training.title");

export default async function TrainingLibraryPage({ params, searchParams }: Props) {
  const { locale, query } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  const [t, tModel] = await Promise.all([
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "trainingModel" }),
  ]);
  const filter = readLibraryFilter(query);
  const ruleOption = (rule: RuleId) => ({ value: rule, label: tModel(`ends.${rule}`) });
  const found = await orUnavailable(() => Promise.all([listScenarios({ db: getDb(), filter }), municipalitiesWithCases(getDb())]));
  if (found === "unavailable") return <TrainingUnavailablePage locale={locale} />;
  const [scenarios, localAreas] = found;
  const areaOption = (code: string) => ({ value: code, label: t("filterMunicipality", { municipality: municipalityName(code) }) });

  return (
    <PageShell locale={locale} alternateHref={trainingPath(otherLocale(locale), filter)}>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <p>{t("invented")}</p>
      <h2>{t("toolsHeading")}</h2>
      <ul className="training-tools">
        {(
          [
            [roomStartPath(locale), "roomLink"],
            [joinPath(locale), "joinLink"],
            [modelPath(locale), "modelLink"],
            [caseCardsPath(locale), "cardsLink"],
          ] as const
        ).map(([href, label]) => (
          <li key={label}>
            <a href={href}>{t(label)}</a>
          </li>
        ))}
      </ul>
      <h2 id="filter-heading">{t("filterHeading")}</h2>
      {filter.unknown && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("filterUnknown")}</p>
          </div>
        </div>
      )}
      <form className="filter-form" method="get" action={trainingPath(locale)} aria-labelledby="filter-heading">
        <FilterSelect
          name={LIBRARY_FILTER_FIELDS.workplace}
          label={t("filterRole")}
          allLabel={t("filterAll")}
          value={filter.workplace}
          groups={[{ options: WORKPLACES.map((workplace) => ({ value: workplace, label: t(`roles.${workplace}`) })) }]}
        />
        <FilterSelect
          name={LIBRARY_FILTER_FIELDS.rule}
          label={t("filterRule")}
          allLabel={t("filterAll")}
          value={filter.rule}
          groups={[
            { options: otherRules.map(ruleOption) },
            { label: t("radicalisationGroup"), options: radicalisationRules.map(ruleOption) },
          ]}
        />
        <FilterSelect
          name={LIBRARY_FILTER_FIELDS.area}
          label={t("filterArea")}
          allLabel={t("filterAll")}
          value={filter.area}
          groups={[{ options: [{ value: NATIONAL_CASES, label: t("filterNational") }, ...localAreas.map(areaOption)] }]}
        />
        <button type="submit" className="button button-secondary">
          {t("filterButton")}
        </button>
      </form>
      <p role="status">{t("count", { count: scenarios.length })}</p>
      <ul className="scenario-list">
        {scenarios.map((scenario) => (
          <li key={scenario.slug}>
            <h3 className="h4">
              <a href={scenarioPath(locale, scenario.slug)} lang={textLang(scenario.title, locale)}>
                {scenario.title[locale]}
              </a>
            </h3>
            <p className="scenario-meta">
              {t("role")}: {t(`roles.${scenario.workplace}`)} · {t("questions", { count: replayAnswers(scenario.answers).asked.length })}
              {scenario.municipalityCode && <> · {t("localCase", { municipality: municipalityName(scenario.municipalityCode) })}</>}
            </p>
            <p lang={textLang(scenario.teaser, locale)}>{scenario.teaser[locale]}</p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
