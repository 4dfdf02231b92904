import { createTranslator } from "next-intl";
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

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The administration's answer to a request it refuses: a short page in the address's language that says what
 * happened and leads back, with the refusal's status. It needs neither the database nor the app's layout, so it
 * can answer anything, a database outage included.
 */
export function refusalPage(locale: Locale, refusal: Refusal): Response {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "admin" });
  const [title, body] = [t(`refusals.${refusal}.title`), t(`refusals.${refusal}.body`)].map(escapeHtml);
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${escapeHtml(t("name"))}</title>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${body}</p>
<p><a href="${escapeHtml(adminPath(locale, "home"))}">${escapeHtml(t("refusals.back"))}</a></p>
</main>
</body>
</html>
`;
  const headers = new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  return new Response(html, { status: STATUS[refusal], headers });
}
