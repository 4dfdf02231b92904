import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { localeOfPath } from "../i18n/locales";
import { notFoundKindOf } from "../not-found/not-found-kinds";
import { notFoundPath } from "../not-found/not-found-kinds";

// Next.js answers a missing page that it renders per request with a document whose body is empty until its
// JavaScript has run. The production server sends the prerendered not-found page instead (decision 0023).

export type NotFoundDocument = {
  /** The prerendered page's own path, whose inline scripts the build hashed for its policy. */
  path: string;
  html: string;
};

const documents = new Map<string, string | undefined>();

/**
 * The prerendered not-found page that answers a page path, if the build made it. The development server prerenders
 * nothing, and a page an earlier build left behind names scripts it does not serve: there Next.js's own answer stays.
 */
export function notFoundDocument(pathname: string, root = process.cwd()): NotFoundDocument | undefined {
  if (process.env.NODE_ENV !== "production") return undefined;
  const { locale, rest } = localeOfPath(pathname);
  const page = notFoundPath(locale, notFoundKindOf(rest));
  if (!documents.has(page)) {
    const file = path.join(root, ".next", "server", "app", locale, `${localeOfPath(page).rest}.html`);
    documents.set(page, existsSync(file) ? readFileSync(file, "utf8") : undefined);
  }
  const html = documents.get(page);
  return html === undefined ? undefined : { path: page, html };
}
