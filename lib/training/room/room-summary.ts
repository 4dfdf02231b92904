import { stringify } from "csv-stringify/sync";
import { createTranslator } from "next-intl";
import { GUESSABLE_BODIES } from "../guess";
import type { Scenario } from "../scenario";
import type { VoteQuestion } from "./room-input";
import type { RoomTally } from "./room.server";
import { bodyNames } from "@/lib/directory/body-names";
import { dutyTitle } from "@/lib/legal/legal-basis";
import type { Locale } from "@/machines/locale";
import type { BodyKey, Outcome } from "@/machines/vocabulary";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

// What a group session came to, in the words of a language: the one reading of it that the printable page and
// the CSV file both show. Counts only: nothing here knows who voted.

const MESSAGES = { da, en } satisfies Record<Locale, unknown>;

export type QuestionTally = { question: VoteQuestion; tally: RoomTally };
export type SummaryChoice = { body: BodyKey; name: string; count: number };
/** One vote question: its text, how many voted, and every choice of the ballot, the most voted first. */
export type SummaryQuestion = { text: string; voters: number; choices: SummaryChoice[] };
/** The model's route, named as the pages name it; `also` and `duties` may be empty. */
export type SummaryRoute = { first: string; also: string[]; duties: string[] };
export type RoomSummary = { title: string; questions: SummaryQuestion[]; route: SummaryRoute };

export function roomSummary({
  scenario,
  outcome,
  tallies,
  locale,
}: {
  scenario: Scenario;
  outcome: Outcome;
  tallies: readonly QuestionTally[];
  locale: Locale;
}): RoomSummary {
  const messages = MESSAGES[locale];
  const tBodies = createTranslator({ locale, messages, namespace: "bodies" });
  const tResult = createTranslator({ locale, messages, namespace: "result" });
  const tSummary = createTranslator({ locale, messages, namespace: "trainingRoom.summary" });
  const routeName = bodyNames(outcome.rule, tBodies, tResult("ownMunicipality"));
  return {
    title: scenario.title[locale],
    questions: tallies.map(({ question, tally }) => ({
      text: tSummary(`questions.${question}`),
      voters: tally.voters,
      // A stable sort: choices with as many votes keep the ballot's order, as on the projector.
      choices: GUESSABLE_BODIES.map((body) => ({ body, name: tBodies(body), count: tally.counts[body] ?? 0 })).sort(
        (a, b) => b.count - a.count,
      ),
    })),
    route: {
      first: routeName(outcome.primary),
      also: outcome.also.map(routeName),
      duties: outcome.duties.map((duty) => dutyTitle(duty, locale)),
    },
  };
}

/**
 * A session's summary as a CSV file of three columns (what a row is about, the answer, the votes): the case, each
 * question's choices with their counts and how many voted, then the model's route. With a byte order mark so that
 * Excel reads æ, ø and å, and Windows line ends, as the administration's export.
 */
export function summaryCsv({ title, questions, route }: RoomSummary, locale: Locale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "trainingRoom.summary" });
  const tTraining = createTranslator({ locale, messages: MESSAGES[locale], namespace: "training" });
  const rows: (string | number)[][] = [
    [t("csv.item"), t("csv.answer"), t("csv.count")],
    [t("csv.case"), title, ""],
    ...questions.flatMap(({ text, voters, choices }) => [
      ...choices.map(({ name, count }) => [text, name, count]),
      [text, t("voters"), voters],
    ]),
    [t("csv.first"), route.first, ""],
    ...(route.also.length > 0 ? route.also : [tTraining("noneAlso")]).map((name) => [t("csv.also"), name, ""]),
    ...(route.duties.length > 0 ? route.duties : [tTraining("noDuties")]).map((duty) => [t("csv.duties"), duty, ""]),
  ];
  return stringify(rows, {
    bom: true,
    record_delimiter: "windows",
    // A case's title is a trainer's text: a spreadsheet must not run one that starts like a formula.
    escape_formulas: true,
    // csv-stringify quotes a cell with a line break only when the break is its record delimiter.
    quoted_match: /[\r\n]/,
  });
}
