import { localePrefix } from "@/lib/i18n/locales";
import type { Locale } from "@/machines/locale";

/** The pages of the directory's administration. */
export const ADMIN_PAGES = {
  home: "",
  signIn: "/log-ind",
  secondFactor: "/log-ind/kode",
  contacts: "/kontakter",
  newContact: "/kontakter/ny",
  changes: "/aendringer",
  reports: "/meldinger",
  audit: "/revisionslog",
  health: "/sundhed",
  transfer: "/import-eksport",
  accounts: "/konti",
  cases: "/sager",
  newCase: "/sager/ny",
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

/** A training case in the editor. */
export const adminCasePath = (locale: Locale, slug: string, query?: Record<string, string | undefined>) =>
  withQuery(`${adminRoot(locale)}/sager/${encodeURIComponent(slug)}`, query);
/** The query parameter of a case pack's address that names a case to export; it may be given many times. */
export const CASE_PACK_PARAM = "sag";
/** Chosen cases as one case pack (JSON), to download. */
export const casePackPath = (locale: Locale, slugs: readonly string[] = []) =>
  `${adminRoot(locale)}/sager/pakke.json${slugs.length > 0 ? `?${new URLSearchParams(slugs.map((slug) => [CASE_PACK_PARAM, slug]))}` : ""}`;

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
  dismissReport: "laeg-melding-til-side",
  importDirectory: "importer",
  inviteAccount: "inviter",
  changeAccount: "konto",
  acceptInvitation: "accepter-invitation",
  publishCase: "offentliggoer-sag",
  retireCase: "pensioner-sag",
  promoteCase: "goer-sag-landsdaekkende",
  copyCase: "kopier-sag",
  importCases: "importer-sager",
} as const;
export type AdminAction = keyof typeof ADMIN_ACTIONS;
export const adminActionPath = (locale: Locale, action: AdminAction) => `${adminRoot(locale)}/handling/${ADMIN_ACTIONS[action]}`;

/** The whole directory as CSV, and in Open Referral's tabular format (one file of the data package). */
export const adminExportPath = (locale: Locale) => `${adminRoot(locale)}/eksport/kontakter.csv`;
export const openReferralPath = (locale: Locale, file = "datapackage.json") => `${adminRoot(locale)}/eksport/open-referral/${file}`;
