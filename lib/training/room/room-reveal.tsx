import { useTranslations } from "next-intl";
import "@/lib/training/training.css";
import "./training-room.css";
import { useBodyNames } from "@/lib/directory/body-names";
import { TextList } from "@/lib/ui/text-list";
import { ModelDiagram } from "@/lib/training/diagram/model-diagram";
import { RouteColumn } from "@/lib/training/route-column";
import { legalBasisFor } from "@/lib/legal/legal-basis";
import { answerLabel, stepDefinition } from "@/lib/journey/steps";
import type { RoomStage } from "@/lib/training/room/room-stages";
import type { RoomTally } from "@/lib/training/room/room.server";
import type { Scenario } from "@/lib/training/scenario";
import type { Locale } from "@/machines/locale";
import { pathThrough } from "@/machines/path-through";
import { explainRoute } from "@/machines/reasons";
import type { Answers } from "@/machines/vocabulary";

/** The answer, built up one stage at a time: each new part appears under the ones before it. */
export function RoomReveal({
  scenario,
  shown,
  tally,
  locale,
}: {
  scenario: Scenario;
  shown: RoomStage[];
  tally: RoomTally;
  locale: Locale;
}) {
  const outcome = scenario.expected;
  const t = useTranslations("trainingRoom.control");
  const bodyName = useBodyNames(outcome.rule);
  const has = (kind: RoomStage["kind"]) => shown.some((stage) => stage.kind === kind);
  const questions = shown.flatMap((stage) => (stage.kind === "question" ? [stage.step] : []));
  // The route grows on the diagram as the trainer reveals the questions one by one.
  const answersSoFar: Answers = Object.fromEntries(questions.map((step) => [step, scenario.answers[step]]));

  return (
    <div className="room-reveal">
      {questions.length > 0 && <ModelDiagram locale={locale} taken={pathThrough(has("route") ? scenario.answers : answersSoFar)} />}
      {questions.length > 0 && (
        <section>
          <h2>{t("questionsHeading")}</h2>
          <ol>
            {questions.map((step) => {
              return (
                <li key={step}>
                  {stepDefinition(step).question[locale]} <strong>{answerLabel(step, scenario.answers, locale)}</strong>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {has("route") && (
        <section>
          <h2>{t("routeHeading")}</h2>
          <RouteColumn outcome={outcome} />
          <p>{t("votedForFirst", { count: tally.counts[outcome.primary] ?? 0, total: tally.voters, body: bodyName(outcome.primary) })}</p>
          {scenario.firstInstinct && (
            <>
              <h3>{t("firstInstinct")}</h3>
              <p>{scenario.firstInstinct[locale]}</p>
            </>
          )}
        </section>
      )}
      {has("reasons") && (
        <section>
          <h2>{t("reasonsHeading")}</h2>
          <TextList items={explainRoute(scenario.answers, outcome, locale)} />
        </section>
      )}
      {has("duties") && (
        <section>
          <h2>{t("dutiesHeading")}</h2>
          {legalBasisFor(outcome.duties, locale).map((basis) => (
            <div key={basis.id}>
              <h3>{basis.title}</h3>
              <p>{basis.summary}</p>
            </div>
          ))}
        </section>
      )}
      {has("learning") && (
        <section>
          <h2>{t("learningHeading")}</h2>
          <TextList items={scenario.learningPoints.map((point) => point[locale])} />
          <h2>{t("discussionHeading")}</h2>
          <TextList items={scenario.discussionQuestions.map((question) => question[locale])} />
          <p>
            <strong>{t("finished")}</strong>
          </p>
        </section>
      )}
    </div>
  );
}
