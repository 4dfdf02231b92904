import type { z } from "zod";

// What a form handler sends back to its page in the address: a draft with its problems, or an import's report.
// Public directory data only, never a password.

export const encodePayload = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The payload in an address, or undefined when there is none or it does not have the expected shape. */
export function decodePayload<T>(raw: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!raw || raw.length > 20_000) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
