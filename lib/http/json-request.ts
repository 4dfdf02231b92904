import { z } from "zod";

/** Whether a request says its body is JSON: application/json, or a type such as application/merge-patch+json. */
export const isJsonRequest = (headers: Headers) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(headers.get("content-type") ?? "");

export const unsupportedMediaTypeSchema = z
  .object({ error: z.literal("unsupported_media_type"), expected: z.literal("application/json") })
  .meta({ id: "UnsupportedMediaType" });

export const UNSUPPORTED_MEDIA_TYPE: z.infer<typeof unsupportedMediaTypeSchema> = {
  error: "unsupported_media_type",
  expected: "application/json",
};

const MAX_ECHO = 80;
const clip = (text: string) => (text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text);

/** An issue as an error body gives it back: a key or message from the request is cut short, never echoed whole. */
export const shortIssue = (issue: { path: PropertyKey[]; message: string }) => ({
  path: issue.path.map((part) => clip(typeof part === "symbol" ? String(part) : String(part))),
  message: clip(issue.message),
});
