import { createHash } from "node:crypto";
import { z } from "zod";

// The audit log's hash chain, checked in Node.js independently of the database's own function
// ("audit_event_hash" in the audit_hash_chain migration): the two must agree on every byte.

/** The previous hash of the first event. */
export const GENESIS_HASH = "0".repeat(64);

/** An event with each column as the database writes it as text (id, time in fixed format, JSON as jsonb::text). */
export const chainedEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

export type ChainedEvent = z.infer<typeof chainedEventSchema>;

// Each column as its length in bytes, a colon and its text, or "-" for NULL: no two rows read alike.
const field = (value: string | null) => `${value === null ? "-" : `${Buffer.byteLength(value, "utf8")}:${value}`}\n`;

/** The hash of an event that follows the event whose hash is `previous`. */
export function eventHash(previous: string, event: ChainedEvent): string {
  const columns = [event.id, event.at, event.actorEmail, event.action, event.subject, event.before, event.after];
  return createHash("sha256")
    .update(`${previous}\n${columns.map(field).join("")}`, "utf8")
    .digest("hex");
}

export type ChainCheck =
  | { kind: "intact"; events: number; head: string }
  /** `changed`: the event is not what was written. `missingBefore`: it does not follow the event before it. */
  | { kind: "broken"; id: string; problem: "changed" | "missingBefore"; intactBefore: number }
  /** An earlier head hash noted by an operator is no longer in the chain. */
  | { kind: "notedHashGone"; events: number; head: string };

/**
 * Follows the chain in the order of the events' ids and reports the first broken link. Without `noted`, events
 * deleted from the end leave an intact chain: only a head hash kept elsewhere and checked later shows them.
 */
export async function checkChain(events: AsyncIterable<ChainedEvent>, noted?: string): Promise<ChainCheck> {
  let head = GENESIS_HASH;
  let count = 0;
  let notedSeen = noted === undefined;
  for await (const event of events) {
    if (eventHash(event.prevHash, event) !== event.hash) {
      return { kind: "broken", id: event.id, problem: "changed", intactBefore: count };
    }
    if (event.prevHash !== head) return { kind: "broken", id: event.id, problem: "missingBefore", intactBefore: count };
    head = event.hash;
    count += 1;
    notedSeen ||= head === noted;
  }
  return notedSeen ? { kind: "intact", events: count, head } : { kind: "notedHashGone", events: count, head };
}
