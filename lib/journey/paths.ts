import { localePrefix } from "../i18n/locales";
import type { NotFoundKind } from "../ui/not-found-kinds";
import { GUESS_ERROR, guessQuery, LIBRARY_FILTER_FIELDS, WHAT_IF_FIELDS } from "../training/query-fields";
import { VOTE_NOTICES, type VoteNotice } from "../training/room/room-notices";
import { FROM_CHECK } from "./from-check";
import type { JourneyPlace } from "./journey-place";
import { journeyOf, type Journey } from "./journey";
import { pageAsking } from "./question-pages";
import { stepDefinition } from "./steps";
import { encodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";
import type { Answers, StepId } from "@/machines/vocabulary";

const query = (answers: Answers) => `?a=${encodeAnswers(answers)}`;

const trainingRoot = (locale: Locale) => `${localePrefix(locale)}/traening`;
const journeyRoot = (locale: Locale, { scenario }: JourneyPlace) =>
  scenario === undefined ? localePrefix(locale) : `${trainingRoot(locale)}/${scenario}`;

export const startPath = (locale: Locale) => localePrefix(locale) || "/";

/** The prerendered page that says an address leads nowhere (lib/ui/not-found-kinds.ts). */
export const notFoundPath = (locale: Locale, kind: NotFoundKind) => `${localePrefix(locale)}/ikke-fundet/${kind}`;
/** A question's address; `fromCheck` for one opened from check your answers, whose Back link returns there. */
export const stepPath = (
  locale: Locale,
  step: StepId,
  answers: Answers,
  { fromCheck = false, scenario }: JourneyPlace & { fromCheck?: boolean } = {},
) =>
  `${journeyRoot(locale, { scenario })}/trin/${stepDefinition(step).slug}${query(answers)}${fromCheck ? `&${FROM_CHECK.name}=${FROM_CHECK.value}` : ""}`;
export const checkPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/tjek${query(answers)}`;
export const resultPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/resultat${query(answers)}`;
/** The signs-of-concern page; with `answers`, its Back link returns to the concern question with them. */
export const signsPath = (locale: Locale, answers?: Answers) =>
  `${localePrefix(locale)}/tegn-paa-bekymring${answers ? query(answers) : ""}`;

/** The directory page's query field for the chosen municipality. */
export const CONTACTS_MUNICIPALITY_FIELD = "kommune";
/** The public directory: every body that serves a municipality, or the choice of one. */
export const contactsPath = (locale: Locale, municipalityCode?: string) =>
  `${localePrefix(locale)}/kontakter${municipalityCode ? `?${CONTACTS_MUNICIPALITY_FIELD}=${municipalityCode}` : ""}`;

/** The whole directory (GET), which the browser keeps a copy of for use offline. */
export const directoryApiPath = "/api/v1/directory";

/** The page the browser shows offline in place of any page of the journey: it renders the journey itself. */
export const offlinePath = (locale: Locale) => `${localePrefix(locale)}/uden-net`;

/**
 * Where the worker goes next: the next question, check your answers, or straight to 112.
 * A trainee goes from the last question to naming the body they would contact.
 */
export function nextPath(locale: Locale, journey: Journey, place: JourneyPlace = {}): string {
  const { replay, answers } = journey;
  if (replay.status === "incomplete") return stepPath(locale, replay.next, answers, place);
  if (place.scenario !== undefined) return guessPath(locale, place.scenario, answers);
  return replay.outcome.rule === "R0" ? resultPath(locale, answers) : checkPath(locale, answers);
}

/** The answers after choosing the option `value` on the page that asks `step`. */
export const answersAfterChoice = (answers: Answers, step: StepId, value: string): Answers => ({
  ...answers,
  ...pageAsking(journeyOf(answers), step).answersFor(value),
});

/** The path after answering `step`: changing an earlier answer re-asks only what it affects. */
export function pathAfterAnswer(locale: Locale, answers: Answers, step: StepId, value: string, place: JourneyPlace = {}): string {
  return nextPath(locale, journeyOf(answersAfterChoice(answers, step, value)), place);
}

// Training.

/** The scenario library; with a filter, only the cases of one workplace or one expected rule. */
export function trainingPath(locale: Locale, filter: { workplace?: string; rule?: string } = {}): string {
  const params = new URLSearchParams();
  if (filter.workplace) params.set(LIBRARY_FILTER_FIELDS.workplace, filter.workplace);
  if (filter.rule) params.set(LIBRARY_FILTER_FIELDS.rule, filter.rule);
  const search = params.toString();
  return `${trainingRoot(locale)}${search ? `?${search}` : ""}`;
}
/** A scenario's first page: the narrative and the way in to its questions. */
export const scenarioPath = (locale: Locale, slug: string) => `${trainingRoot(locale)}/${slug}`;
/** Naming the body to contact first, after the last question of a scenario; `withError` when none was chosen. */
export const guessPath = (locale: Locale, slug: string, answers: Answers, { withError = false } = {}) =>
  `${scenarioPath(locale, slug)}/gaet${query(answers)}${withError ? `&${GUESS_ERROR.name}=${GUESS_ERROR.value}` : ""}`;
/** The last question a journey asked, for Back from the page after it. */
export const lastQuestionPath = (locale: Locale, journey: Journey, place: JourneyPlace) => {
  const last = journey.replay.asked.at(-1);
  return last === undefined ? startPath(locale) : stepPath(locale, last, journey.answers, place);
};
/** Where the guess form sends its fields (GET), which then make the reveal's address. */
export const revealFormPath = (locale: Locale, slug: string) => `${scenarioPath(locale, slug)}/svar`;
/** The reveal: the trainee's route beside the model's, scored against the guess. */
export const revealPath = (locale: Locale, slug: string, answers: Answers, guess: Parameters<typeof guessQuery>[0]) =>
  `${revealFormPath(locale, slug)}${query(answers)}&${guessQuery(guess)}`;
/** Two routes side by side: `answers` and a variation of them. */
export const whatIfPath = (locale: Locale, slug: string, answers: Answers, variation: Answers) =>
  `${scenarioPath(locale, slug)}/hvad-hvis${query(answers)}&${WHAT_IF_FIELDS.variation}=${encodeAnswers(variation)}`;
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

/** The pages of the directory's administration. */
export const ADMIN_PAGES = {
  home: "",
  signIn: "/log-ind",
  secondFactor: "/log-ind/kode",
  contacts: "/kontakter",
  newContact: "/kontakter/ny",
  changes: "/aendringer",
  audit: "/revisionslog",
  health: "/sundhed",
  transfer: "/import-eksport",
  accounts: "/konti",
  // Where a page goes during a database outage: it answers 503 while the outage lasts.
  unavailable: "/utilgaengelig",
} as const;
export type AdminPage = keyof typeof ADMIN_PAGES;

const adminRoot = (locale: Locale) => `${localePrefix(locale)}/admin`;
const withQuery = (path: string, query: Record<string, string | undefined> = {}) => {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return search ? `${path}?${search}` : path;
};

/** An administration page, with a query such as a notice to show or a list's filter. */
export const adminPath = (locale: Locale, page: AdminPage, query?: Record<string, string | undefined>) =>
  withQuery(`${adminRoot(locale)}${ADMIN_PAGES[page]}`, query);
export const adminContactPath = (locale: Locale, id: string, query?: Record<string, string | undefined>) =>
  withQuery(`${adminRoot(locale)}/kontakter/${encodeURIComponent(id)}`, query);

/** The one-time link that lets an invited administrator choose a password. */
export const adminInvitationPath = (locale: Locale, token: string) => `${adminRoot(locale)}/invitation/${encodeURIComponent(token)}`;

/** What the administration's forms post to: each answers with a redirect, or 401, 403 or 429. */
export const ADMIN_ACTIONS = {
  signIn: "log-ind",
  secondFactor: "kode",
  signOut: "log-ud",
  signOutEverywhere: "log-ud-overalt",
  saveContact: "gem-kontakt",
  retireContact: "pensioner-kontakt",
  approveChange: "godkend",
  rejectChange: "afvis",
  importDirectory: "importer",
  inviteAccount: "inviter",
  changeAccount: "konto",
  acceptInvitation: "accepter-invitation",
} as const;
export type AdminAction = keyof typeof ADMIN_ACTIONS;
export const adminActionPath = (locale: Locale, action: AdminAction) => `${adminRoot(locale)}/handling/${ADMIN_ACTIONS[action]}`;

/** The whole directory as CSV, and in Open Referral's tabular format (one file of the data package). */
export const adminExportPath = (locale: Locale) => `${adminRoot(locale)}/eksport/kontakter.csv`;
export const openReferralPath = (locale: Locale, file = "datapackage.json") => `${adminRoot(locale)}/eksport/open-referral/${file}`;
