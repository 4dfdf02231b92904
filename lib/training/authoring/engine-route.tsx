import { useTranslations } from "next-intl";
import { stepDefinition } from "@/lib/journey/steps";
import { dutyTitle } from "@/lib/legal/legal-basis";
import type { Locale } from "@/machines/locale";
import type { BodyKey, DutyKey } from "@/machines/vocabulary";
import type { CaseFormValues } from "./case-form";
import { agrees, type EngineCheck, type RoutePart } from "../scenario-check";

const chosen = (values: CaseFormValues, name: string) => (values[name] ?? "").split(" ").filter(Boolean);

/** The route the statechart gives the case's answers, beside the route the trainer expects, part by part. */
export function EngineRoute({ locale, check, values }: { locale: Locale; check: EngineCheck | undefined; values: CaseFormValues }) {
  const t = useTranslations("caseAuthoring.engine");
  const tBodies = useTranslations("bodies");
  const bodies = (keys: readonly string[]) => (keys.length === 0 ? t("none") : keys.map((key) => tBodies(key as BodyKey)).join(", "));
  const duties = (keys: readonly string[]) =>
    keys.length === 0 ? t("none") : keys.map((key) => dutyTitle(key as DutyKey, locale)).join(", ");
  const question = (step: Parameters<typeof stepDefinition>[0]) => stepDefinition(step).question[locale];
  return (
    <section className="engine-route" aria-labelledby="engine-route-heading" data-testid="engine-route">
      <h2 id="engine-route-heading">{t("heading")}</h2>
      {!check && <p>{t("notChecked")}</p>}
      {check?.status === "incomplete" && <p>{t("incomplete", { question: question(check.next) })}</p>}
      {check?.status === "complete" && (
        <>
          <p className={agrees(check) ? "engine-agrees" : "engine-disagrees"}>
            <strong>{t(agrees(check) ? "agrees" : "disagrees")}</strong>
          </p>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("part")}</th>
                <th scope="col">{t("expected")}</th>
                <th scope="col">{t("engine")}</th>
                <th scope="col">{t("same")}</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ["primary", bodies(values.primary ? [values.primary] : []), bodies([check.engine.primary])],
                  ["also", bodies(chosen(values, "also")), bodies(check.engine.also)],
                  ["duties", duties(chosen(values, "duties")), duties(check.engine.duties)],
                ] as [RoutePart, string, string][]
              ).map(([part, expected, engine]) => (
                <tr key={part} data-testid={`engine-${part}`}>
                  <th scope="row">{t(`parts.${part}`)}</th>
                  <td data-label={t("expected")}>{expected}</td>
                  <td data-label={t("engine")}>{engine}</td>
                  <td data-label={t("same")}>{check.disagreeing.includes(part) ? <strong>{t("differs")}</strong> : t("agreesShort")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {check.unusedAnswers.length > 0 && <p>{t("unused", { questions: check.unusedAnswers.map(question).join("; ") })}</p>}
        </>
      )}
    </section>
  );
}
