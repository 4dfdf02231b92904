import "server-only";
import type { Db } from "../db.server";
import { chainedEventSchema, checkChain, type ChainCheck, type ChainedEvent } from "./audit-chain";

const BATCH = 1_000;

/** Every audit event in the order of its id, a batch at a time, with its columns as the database writes them as text. */
async function* chainedEvents(db: Db): AsyncGenerator<ChainedEvent> {
  let after = "0";
  for (;;) {
    const rows = await db.$queryRaw<unknown[]>`
      SELECT "id"::text AS "id", to_char("at", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "at", "actorEmail", "action", "subject",
        "before"::text AS "before", "after"::text AS "after", "prevHash", "hash"
      FROM "AuditEvent" AS e WHERE e."id" > ${after}::bigint ORDER BY e."id" LIMIT ${BATCH}`;
    const events = rows.map((row) => chainedEventSchema.parse(row));
    yield* events;
    if (events.length < BATCH) return;
    after = events.at(-1)!.id;
  }
}

/** Recomputes the audit log's hash chain; `noted` is a head hash written down earlier that must still be in it. */
export const verifyAuditChain = (db: Db, noted?: string): Promise<ChainCheck> => checkChain(chainedEvents(db), noted);
