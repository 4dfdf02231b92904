import { getTranslations } from "next-intl/server";
import { RouteColumn } from "./route-column";
import { legalBasisFor } from "@/lib/legal/legal-basis";
import type { Scenario } from "@/lib/training/scenario";
import type { Locale } from "@/machines/locale";
import { explainRoute } from "@/machines/reasons";
import type { Outcome } from "@/machines/vocabulary";

/** The answer to a case: whom to contact, why, the duties, the first instinct it corrects and the learning points. */
export async function CaseAnswer({
  scenario,
  outcome,
  locale,
  headingLevel = 2,
  showRoute = true,
}: {
  scenario: Scenario;
  outcome: Outcome;
  locale: Locale;
  headingLevel?: 2 | 3;
  /** False where the page shows the route itself (the reveal, beside the trainee's own). */
  showRoute?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const t = await getTranslations({ locale, namespace: "training" });
  const duties = legalBasisFor(outcome.duties, locale);
  return (
    <>
      {showRoute && <RouteColumn outcome={outcome} />}
      <Heading>{t("whyHeading")}</Heading>
      <ul>
        {explainRoute(scenario.answers, outcome, locale).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <Heading>{t("dutiesHeading")}</Heading>
      {duties.length === 0 ? (
        <p>{t("noDuties")}</p>
      ) : (
        <ul>
          {duties.map((duty) => (
            <li key={duty.id}>
              <strong>{duty.title}:</strong> {duty.summary}
            </li>
          ))}
        </ul>
      )}
      {scenario.firstInstinct && (
        <>
          <Heading>{t("firstInstinctHeading")}</Heading>
          <p>{scenario.firstInstinct[locale]}</p>
        </>
      )}
      <Heading>{t("learningHeading")}</Heading>
      <ul>
        {scenario.learningPoints.map((point) => (
          <li key={point.da}>{point[locale]}</li>
        ))}
      </ul>
    </>
  );
}
