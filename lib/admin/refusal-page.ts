import { createTranslator } from "next-intl";
import { shortPage } from "../http/short-page";
import { adminPath } from "./paths";
import type { Locale } from "@/machines/locale";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

const MESSAGES = { da, en } satisfies Record<Locale, unknown>;

/** Why the administration refuses a request, and the status it answers with. */
const STATUS = {
  badForm: 400,
  controlCharacter: 400,
  unauthorized: 401,
  forbidden: 403,
  notSameSite: 403,
  notFound: 404,
  tooLarge: 413,
  unavailable: 503,
} as const;
export type Refusal = keyof typeof STATUS;

/**
 * The administration's answer to a request it refuses: a short page in the address's language that says what
 * happened and leads back, with the refusal's status. It needs neither the database nor the app's layout, so it
 * can answer anything, a database outage included.
 */
export function refusalPage(locale: Locale, refusal: Refusal): Response {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "admin" });
  return shortPage({
    lang: locale,
    status: STATUS[refusal],
    title: t(`refusals.${refusal}.title`),
    body: t(`refusals.${refusal}.body`),
    siteName: t("name"),
    back: { href: adminPath(locale, "home"), text: t("refusals.back") },
  });
}
