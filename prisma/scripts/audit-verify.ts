import { parseArgs } from "node:util";
import { verifyAuditChain } from "../../lib/admin/audit-chain.server";
import { runDatabaseTasks } from "./database-task";

// Recomputes the audit log's hash chain and reports the first broken link (exit code 1). The chain cannot show
// events deleted from its end: note the head hash it prints somewhere else, and pass it with --noted next time.
const USAGE = "Usage: npm run audit:verify [-- --noted <head hash printed by an earlier run>]";

let noted: string | undefined;
try {
  ({ noted } = parseArgs({ options: { noted: { type: "string" } } }).values);
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (noted !== undefined && !/^[0-9a-f]{64}$/.test(noted)) {
  console.error(`--noted takes a head hash of 64 hex digits.\n${USAGE}`);
  process.exit(2);
}

const verified = await runDatabaseTasks("audit:verify", [
  async ({ db }) => {
    const check = await verifyAuditChain(db, noted);
    if (check.kind === "broken") {
      throw new Error(
        check.problem === "changed"
          ? `the chain breaks at event ${check.id}: it is not what was written (changed after it was written)`
          : `the chain breaks at event ${check.id}: it does not follow the event before it (an event before it was deleted, or the one before was rewritten)`,
      );
    }
    if (check.kind === "notedHashGone") {
      throw new Error(
        `the noted head hash is not in the chain: events were deleted from its end, or the chain was rewritten (${check.events} events, head ${check.head})`,
      );
    }
    const since = noted ? ", including the noted head hash" : "";
    return `intact: ${check.events} events${since}, head ${check.head} (note the head elsewhere: the chain alone cannot show events deleted from its end)`;
  },
]);
if (!verified) process.exitCode = 1;
