import { withErrorPrefix } from "@/lib/ui/title";
import type { Metadata } from "next";
import { FieldError, FieldHint } from "@/lib/ui/field-messages";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { startRoom } from "@/lib/training/room/room-actions";
import { ErrorSummary } from "@/lib/ui/error-summary";
import { PageShell } from "@/lib/ui/page-shell";
import { TrainingUnavailable } from "@/lib/training/training-unavailable";
import { otherLocale } from "@/lib/i18n/locales";
import { readPageAddress, type SearchParams } from "@/lib/http/request-fields";
import { joinPath, ROOM_CASE_PARAM, ROOM_START_ERROR_PARAM, roomStartPath } from "@/lib/training/paths";
import { loadLibrary } from "@/lib/training/room/room-pages.server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, query } = await readPageAddress(params, searchParams);
  const [t, question] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom" }),
    getTranslations({ locale, namespace: "question" }),
  ]);
  return { title: query[ROOM_START_ERROR_PARAM] ? withErrorPrefix(t("start.title"), question("errorPrefix")) : t("start.title") };
}

export default async function RoomStartPage({ params, searchParams }: Props) {
  const { locale, query } = await readPageAddress(params, searchParams);
  setRequestLocale(locale);
  const alternateHref = roomStartPath(otherLocale(locale));
  const library = await loadLibrary();
  if (library === "unavailable") {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <TrainingUnavailable locale={locale} />
      </PageShell>
    );
  }
  const [t, tTraining, question] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom" }),
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "question" }),
  ]);
  const error = query[ROOM_START_ERROR_PARAM];
  const missingCase = error === "mangler-case";
  // No case chosen points to the list; the other problems are not the form's.
  const problem = error === "travlt" ? t("start.tooMany") : error && !missingCase ? tTraining("unavailableBody") : undefined;

  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      {missingCase && <ErrorSummary title={question("errorSummaryTitle")} message={t("start.errorChooseScenario")} fieldId="scenario-0" />}
      {problem && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{problem}</p>
          </div>
        </div>
      )}
      <h1>{t("start.title")}</h1>
      <p>{t("start.lead")}</p>
      {library.length === 0 ? (
        <p>{t("start.noScenarios")}</p>
      ) : (
        <form action={startRoom}>
          <input type="hidden" name="locale" value={locale} />
          <div className={missingCase ? "form-group form-error" : "form-group"}>
            <fieldset aria-describedby={missingCase ? "scenario-error" : undefined}>
              <legend className="form-label">
                <h2>{t("start.scenarioLegend")}</h2>
              </legend>
              {missingCase && <FieldError id="scenario-error" prefix={question("errorPrefix")} text={t("start.errorChooseScenario")} />}
              {library.map((scenario, index) => (
                <div className="form-group-radio" key={scenario.slug}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={`scenario-${index}`}
                    name="scenario"
                    value={scenario.slug}
                    defaultChecked={scenario.slug === query[ROOM_CASE_PARAM]}
                    aria-describedby={`scenario-${index}-hint`}
                  />
                  <label className="form-label" htmlFor={`scenario-${index}`}>
                    {scenario.title[locale]}
                  </label>
                  <FieldHint id={`scenario-${index}-hint`} text={scenario.teaser[locale]} />
                </div>
              ))}
            </fieldset>
          </div>
          <p>{t("start.privateLink")}</p>
          <p>{t("start.deleted")}</p>
          <button type="submit" className="button button-primary">
            {t("start.submit")}
          </button>
        </form>
      )}
      <p>
        {t("start.joinPrompt")} <a href={joinPath(locale)}>{t("start.joinLink")}</a>
      </p>
    </PageShell>
  );
}
