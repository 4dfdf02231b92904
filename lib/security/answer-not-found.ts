import type { IncomingMessage, ServerResponse } from "node:http";
import { localeOfPath } from "../i18n/locales";
import { notFoundDocument } from "./not-found-document";
import { pageHeaders } from "./page-gate";

// The headers of Next.js's own answer that do not fit the page sent in its place.
const REPLACED_HEADERS = ["content-encoding", "content-length", "transfer-encoding", "etag", "link", "content-security-policy"];

/**
 * Lets Next.js answer a page request, but when its answer is "not found" as HTML, sends the prerendered not-found
 * page in its place, with status 404 and that page's policy: Next.js's own document shows nothing without
 * JavaScript and has the start page's title (decision 0023). Everything else passes through untouched.
 */
export function answeringNotFoundWithPage(request: IncomingMessage, response: ServerResponse, pathname: string): void {
  if (request.method !== "GET" && request.method !== "HEAD") return;
  const writeHead = response.writeHead.bind(response);
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const flushHeaders = response.flushHeaders.bind(response);
  // The not-found pages' own addresses are no pages either.
  const isNotFoundPage = localeOfPath(pathname).rest.startsWith("/ikke-fundet/");
  let replacement: ReturnType<typeof notFoundDocument> | null = null;
  // Decided at Next.js's first write, when its status and content type are set.
  const replacing = () => {
    if (replacement === null) {
      const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
      replacement = (response.statusCode === 404 || isNotFoundPage) && html ? notFoundDocument(pathname) : undefined;
    }
    return replacement !== undefined;
  };
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    if (replacing()) return response;
    return (writeHead as (...args: unknown[]) => ServerResponse)(status, ...rest);
  }) as typeof response.writeHead;
  response.flushHeaders = () => {
    if (!replacing()) flushHeaders();
  };
  response.write = ((...args: unknown[]) =>
    replacing() ? true : (write as (...a: unknown[]) => boolean)(...args)) as typeof response.write;
  response.end = ((...args: unknown[]) => {
    if (!replacing()) return (end as (...a: unknown[]) => ServerResponse)(...args);
    const page = replacement!;
    for (const name of REPLACED_HEADERS) response.removeHeader(name);
    for (const [name, value] of Object.entries(pageHeaders(page.path).response)) response.setHeader(name, value);
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Length", Buffer.byteLength(page.html));
    writeHead(404);
    return end(page.html);
  }) as typeof response.end;
}
