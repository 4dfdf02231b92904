import { z } from "zod";
import type { ContactErrorKey } from "./contact-schema";
import { decodePayload, encodePayload } from "./query-payload";

// A contact form that did not pass its checks goes back to the browser with what was typed and what was wrong,
// in the address (a directory contact is public data), so that nothing typed is lost and no JavaScript is needed.

export const DRAFT_PARAM = "utkast";

const draftSchema = z.object({ values: z.record(z.string(), z.string().max(2000)), errors: z.record(z.string(), z.string()) });
export type ContactDraft = { values: Record<string, string>; errors: Record<string, ContactErrorKey | "unitChanged" | "unknownUnit"> };

export const encodeDraft = (draft: ContactDraft) => encodePayload(draft);

/** The draft in an address, or undefined when there is none or it was tampered into something else. */
export const decodeDraft = (raw: string | undefined) => decodePayload(raw, draftSchema) as ContactDraft | undefined;
