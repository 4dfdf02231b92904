import { getTranslations } from "next-intl/server";
import "@/lib/training/training.css";
import "./room-summary.css";
import { formatDateTime } from "@/lib/dates";
import { TextList } from "@/lib/ui/text-list";
import type { RoomSummary } from "@/lib/training/room/room-summary";
import type { Scenario } from "@/lib/training/scenario";
import type { Locale } from "@/machines/locale";

/** A group session to take home: what the room voted, the model's route, and the case's learning points and questions. */
export async function RoomSummaryView({
  summary,
  scenario,
  expiresAt,
  links,
  locale,
}: {
  summary: RoomSummary;
  scenario: Scenario;
  expiresAt: Date;
  links: { control: string; csv: string };
  locale: Locale;
}) {
  const [t, tTraining] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom.summary" }),
    getTranslations({ locale, namespace: "training" }),
  ]);
  const { route } = summary;
  return (
    <div className="room-summary">
      <a className="back-link no-print" href={links.control}>
        {t("back")}
      </a>
      <p className="scenario-meta">{t("kicker")}</p>
      <h1>{summary.title}</h1>
      <div className="no-print">
        <p>
          {t("expires", { expires: formatDateTime(expiresAt, locale) })} {tTraining("printHint")}
        </p>
        <p className="training-tools">
          <a href={links.csv}>{t("csvLink")}</a>
        </p>
      </div>
      <p>{t("countsOnly")}</p>

      <h2>{t("votesHeading")}</h2>
      {summary.questions.map((question) =>
        question.voters === 0 ? (
          <p key={question.text}>
            <strong>{question.text}</strong> {t("noVotes")}
          </p>
        ) : (
          <table key={question.text} className="table table--compact room-summary-votes">
            <caption>{question.text}</caption>
            <thead>
              <tr>
                <th scope="col">{t("choice")}</th>
                <th scope="col" className="room-summary-count">
                  {t("votes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {question.choices
                .filter((choice) => choice.count > 0)
                .map((choice) => (
                  <tr key={choice.body}>
                    <th scope="row">{choice.name}</th>
                    <td className="room-summary-count">{choice.count}</td>
                  </tr>
                ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("voters")}</th>
                <td className="room-summary-count">{question.voters}</td>
              </tr>
            </tfoot>
          </table>
        ),
      )}

      <h2>{t("routeHeading")}</h2>
      <dl className="route-column">
        <dt>{tTraining("firstContact")}</dt>
        <dd>
          <strong>{route.first}</strong>
        </dd>
        <dt>{tTraining("alsoContact")}</dt>
        <dd>{route.also.length === 0 ? tTraining("noneAlso") : <TextList items={route.also} />}</dd>
        <dt>{tTraining("dutiesHeading")}</dt>
        <dd>{route.duties.length === 0 ? tTraining("noDuties") : <TextList items={route.duties} />}</dd>
      </dl>

      <h2>{tTraining("learningHeading")}</h2>
      <TextList items={scenario.learningPoints.map((point) => point[locale])} />
      <h2>{tTraining("discussionHeading")}</h2>
      <TextList items={scenario.discussionQuestions.map((question) => question[locale])} />
    </div>
  );
}
