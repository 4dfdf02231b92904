import { GUESS_ERROR, guessQuery, LIBRARY_FILTER_FIELDS, WHAT_IF_FIELDS } from "./query-fields";
import { VOTE_NOTICES, type VoteNotice } from "./room/room-notices";
import { localePrefix } from "@/lib/i18n/locales";
import type { JourneyPlace } from "@/lib/journey/journey-place";
import { answersQuery } from "@/lib/journey/paths";
import { encodeAnswers } from "@/lib/journey/url-state";
import type { Locale } from "@/machines/locale";
import type { Answers } from "@/machines/vocabulary";

const TRAINING = "/traening";
const trainingRoot = (locale: Locale) => `${localePrefix(locale)}${TRAINING}`;

/** The scenario library; with a filter, only the cases of one workplace, one expected rule or one area. */
export function trainingPath(locale: Locale, filter: { workplace?: string; rule?: string; area?: string } = {}): string {
  const params = new URLSearchParams();
  for (const name of ["workplace", "rule", "area"] as const) if (filter[name]) params.set(LIBRARY_FILTER_FIELDS[name], filter[name]);
  const search = params.toString();
  return `${trainingRoot(locale)}${search ? `?${search}` : ""}`;
}
/** A scenario's questions hang below its page, and its last question leads to naming the body to contact first. */
export const scenarioPlace = (slug: string) =>
  ({ home: `${TRAINING}/${slug}`, afterLastQuestion: `${TRAINING}/${slug}/gaet` }) satisfies JourneyPlace;
/** A scenario's first page: the narrative and the way in to its questions. */
export const scenarioPath = (locale: Locale, slug: string) => `${localePrefix(locale)}${scenarioPlace(slug).home}`;
const guessPage = (locale: Locale, slug: string) => `${localePrefix(locale)}${scenarioPlace(slug).afterLastQuestion}`;
/** Naming the body to contact first, after the last question of a scenario; `withError` when none was chosen. */
export const guessPath = (locale: Locale, slug: string, answers: Answers, { withError = false } = {}) =>
  `${guessPage(locale, slug)}${answersQuery(answers)}${withError ? `&${GUESS_ERROR.name}=${GUESS_ERROR.value}` : ""}`;
/** Where the guess form sends its fields (GET), which then make the reveal's address. */
export const revealFormPath = (locale: Locale, slug: string) => `${scenarioPath(locale, slug)}/svar`;
/** The reveal: the trainee's route beside the model's, scored against the guess. */
export const revealPath = (locale: Locale, slug: string, answers: Answers, guess: Parameters<typeof guessQuery>[0]) =>
  `${revealFormPath(locale, slug)}${answersQuery(answers)}&${guessQuery(guess)}`;
/** Two routes side by side: `answers` and a variation of them. */
export const whatIfPath = (locale: Locale, slug: string, answers: Answers, variation: Answers) =>
  `${scenarioPath(locale, slug)}/hvad-hvis${answersQuery(answers)}&${WHAT_IF_FIELDS.variation}=${encodeAnswers(variation)}`;
/** A scenario as a printable A4 case card. */
export const caseCardPath = (locale: Locale, slug: string) => `${scenarioPath(locale, slug)}/kort`;
/** Every scenario of the library as printable case cards. */
export const caseCardsPath = (locale: Locale) => `${trainingRoot(locale)}/kort`;
/** The whole statechart, for trainers and reviewers. */
export const modelPath = (locale: Locale) => `${trainingRoot(locale)}/model`;
/** The query parameters of the room's pages: a vote's notice, the start form's error, the code typed on the join form, the case chosen. */
export const VOTE_NOTICE_PARAM = "stemme";
export const ROOM_START_ERROR_PARAM = "fejl";
export const JOIN_CODE_PARAM = "kode";
export const ROOM_CASE_PARAM = "sag";
/** Where a trainer starts a group session; with a slug, that case is chosen already. */
export const roomStartPath = (locale: Locale, slug?: string) => `${trainingRoot(locale)}/rum${slug ? `?${ROOM_CASE_PARAM}=${slug}` : ""}`;
/** Where participants type the code of a group session, or (with the code) vote in it. */
export const joinPath = (locale: Locale, code?: string) => `${trainingRoot(locale)}/deltag${code ? `/${code}` : ""}`;
/** The trainer's private page for a group session: the join code, the count and the controls. */
export const roomControlPath = (locale: Locale, controlToken: string) => `${trainingRoot(locale)}/styr/${controlToken}`;
/** What the wall shows of a group session: the join code, the count and the answer. Public as the code is: no control token. */
export const roomProjectorPath = (locale: Locale, code: string) => `${trainingRoot(locale)}/projektor/${code}`;
/** A group session's summary to take home, a printable page; behind the control token, as the counts are the trainer's. */
export const roomSummaryPath = (locale: Locale, controlToken: string) => `${roomControlPath(locale, controlToken)}/opsummering`;
/** The summary's counts and route as a CSV file. */
export const roomSummaryCsvPath = (locale: Locale, controlToken: string) => `${roomControlPath(locale, controlToken)}/opsummering.csv`;

/** The downloads of the statechart: the diagram as SVG (in `locale`'s language), the Mermaid flowchart and the JSON definition. */
export type ModelDownload = "svg" | "mermaid" | "json";
/** The query parameter that names the SVG diagram's language. */
export const DIAGRAM_LOCALE_PARAM = "sprog";
export function modelDownloadPath(download: ModelDownload, locale: Locale): string {
  if (download === "svg") return `/api/v1/model/diagram.svg?${DIAGRAM_LOCALE_PARAM}=${locale}`;
  return `/api/v1/model/${download}`;
}

/** The API of a group session: its state (GET), for the projector and the phones. */
export const roomStateApiPath = (code: string) => `/api/v1/traening/${code}`;
/** The API of a group session: a vote (POST). */
export const roomVoteApiPath = (code: string) => `${roomStateApiPath(code)}/stemmer`;
/** The phone's page after a vote posted without JavaScript, saying what became of it. */
export const voteNoticePath = (locale: Locale, code: string, notice: VoteNotice) =>
  `${joinPath(locale, code)}?${VOTE_NOTICE_PARAM}=${VOTE_NOTICES[notice]}`;
/** The trainer's start page, saying what was wrong: no case chosen, or too many sessions started. */
export const roomStartErrorPath = (locale: Locale, error: RoomStartError) => `${roomStartPath(locale)}?${ROOM_START_ERROR_PARAM}=${error}`;
export type RoomStartError = "mangler-case" | "travlt" | "utilgaengelig";
