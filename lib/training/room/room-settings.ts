import { RateLimiter } from "./rate-limiter";

/** How often the projector asks for the votes: a vote shows within about a second. */
export const PROJECTOR_POLL_MS = 1000;

/** Without JavaScript the projector's page reloads itself this often, to show new votes and the trainer's stage. */
export const PROJECTOR_RELOAD_SECONDS = 5;

/** The most participants who can vote on one question of a session. */
export const MAX_VOTERS_PER_QUESTION = 200;

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;

/**
 * How long a session lives: 12 hours. TRAINING_SESSION_SECONDS may shorten it, never lengthen it;
 * the end-to-end tests start one server with a few seconds to see a session expire.
 */
export function sessionLifetimeMs(env: Record<string, string | undefined>): number {
  const seconds = Number(env.TRAINING_SESSION_SECONDS);
  return Number.isInteger(seconds) && seconds > 0 ? Math.min(seconds * 1000, TWELVE_HOURS_MS) : TWELVE_HOURS_MS;
}

type RoomLimiters = { votes: RateLimiter; voters: RateLimiter; starts: RateLimiter; unknownCodes: RateLimiter };
const limiters = globalThis as typeof globalThis & { henvisRoomLimiters?: RoomLimiters };

/**
 * One set of limiters per app instance (see RateLimiter), each per client address. Votes: a room of 200 behind
 * one router may vote at once, then five a second. Voters in one session: a class of 40 behind one router at
 * once, then ten a minute, so that one phone cannot take the session's 200 places. Starts: twenty sessions at
 * once, then one every half minute. Codes that lead to no session: thirty (a class's typing errors), then one
 * every two seconds, against guessing; codes that exist are not counted, so phones and the projector may poll.
 */
export function roomLimiters(): RoomLimiters {
  limiters.henvisRoomLimiters ??= {
    votes: new RateLimiter(MAX_VOTERS_PER_QUESTION + 100, 5),
    voters: new RateLimiter(40, 1 / 6),
    starts: new RateLimiter(20, 1 / 30),
    unknownCodes: new RateLimiter(30, 1 / 2),
  };
  return limiters.henvisRoomLimiters;
}
