import "server-only";
import { getDb } from "../../db.server";
import { orUnavailable } from "../outage.server";
import { deleteExpiredSessions } from "./room.server";

const SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * Deletes expired training sessions every ten minutes, so that a session nobody opens again is
 * gone at most ten minutes after its 12 hours, not only when the next session is looked up.
 */
export function startSessionSweeper(): void {
  const sweep = () => void orUnavailable(() => deleteExpiredSessions({ db: getDb(), now: new Date() }));
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
