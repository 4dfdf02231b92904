import "server-only";
import { shortIssue } from "../../http/json-request";
import { getDb } from "../../db.server";
import { joinCodeSchema, MAX_VOTE_BODY_BYTES, voteSchema, type RoomState } from "./room-input";
import { FIRST_CONTACT_QUESTION } from "./vote-fields";
import { orUnavailable } from "../outage.server";
import { roomLimiters } from "./room-settings";
import { VOTING_STAGE } from "./room-stages";
import { findSessionByCode, recordVote, tallyOf, type VoteOutcome } from "./room.server";

// What the room's route handlers and its no-JavaScript vote form share: the checks in order, and
// the outcome of each. The handlers turn an outcome into a status, the form into a message.

export type SubmitOutcome = VoteOutcome | { throttled: number } | { invalid: { path: PropertyKey[]; message: string }[] } | "unavailable";

/**
 * A join code looked up for a client. A client that has tried many codes that lead to no session is refused
 * before the lookup, so that codes cannot be guessed; a code that exists does not count.
 */
export async function lookUpCode<T>(
  client: string,
  now: Date,
  lookup: () => Promise<T>,
  isUnknown: (found: T) => boolean,
): Promise<T | { throttled: number }> {
  const limiter = roomLimiters().unknownCodes;
  const allowance = limiter.take(client, now.getTime());
  if (!allowance.allowed) return { throttled: allowance.retryAfterSeconds };
  const found = await lookup();
  if (!isUnknown(found)) limiter.giveBack(client);
  return found;
}

/**
 * Checks and counts one vote: throttled per client first, then the input, then the session; and the places one
 * client takes in a session are limited, so that one phone cannot take them all.
 */
export async function submitVote({
  code,
  input,
  client,
  now,
}: {
  code: string;
  input: unknown;
  client: string;
  now: Date;
}): Promise<SubmitOutcome> {
  const allowance = roomLimiters().votes.take(client, now.getTime());
  if (!allowance.allowed) return { throttled: allowance.retryAfterSeconds };
  const vote = voteSchema.safeParse(input);
  if (!vote.success) return { invalid: vote.error.issues };
  const parsedCode = joinCodeSchema.safeParse(code);
  if (!parsedCode.success) return "not_found";
  const place = roomLimiters().voters.take(`${client} ${parsedCode.data}`, now.getTime());
  if (!place.allowed) return { throttled: place.retryAfterSeconds };
  return orUnavailable(() => recordVote({ db: getDb(), code: parsedCode.data, vote: vote.data, now }));
}

export type ApiResult = { status: number; body: unknown; headers?: Record<string, string> };

const message = (error: string, text: string, status: number, headers?: Record<string, string>): ApiResult => ({
  status,
  body: { error, message: text },
  headers,
});

const NOT_FOUND = message("not_found", "No training session has this code: it may be mistyped, or the session has ended.", 404);
const UNAVAILABLE = message("unavailable", "The training room cannot reach its database. Try again in a moment.", 503);

const tooManyCodes = (retryAfter: number) =>
  message("too_many_requests", "Too many codes that lead to no session from your address. Wait a moment.", 429, {
    "Retry-After": String(retryAfter),
  });

const NOT_JSON = Symbol("not JSON");
const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
};

/** POST a vote: the body as text, or null when it was larger than MAX_VOTE_BODY_BYTES. */
export async function voteResponse({ code, rawBody, client, now }: { code: string; rawBody: string | null; client: string; now: Date }) {
  if (rawBody === null) return message("too_large", `The body is larger than ${MAX_VOTE_BODY_BYTES} bytes.`, 413);
  const input = parseJson(rawBody);
  const outcome = await submitVote({ code, input, client, now });
  if (typeof outcome === "object" && "throttled" in outcome) {
    return message("too_many_requests", "Too many votes from your address. Wait a moment.", 429, {
      "Retry-After": String(outcome.throttled),
    });
  }
  if (typeof outcome === "object") {
    const issues = input === NOT_JSON ? [{ path: [], message: "The body is not valid JSON." }] : outcome.invalid;
    return {
      status: 400,
      body: {
        error: "invalid_input",
        message: issues.map((issue) => shortIssue(issue).message).join(" "),
        issues: issues.map(shortIssue),
      },
    };
  }
  const results: Record<typeof outcome, ApiResult> = {
    counted: { status: 201, body: { counted: true } },
    already_voted: message("already_voted", "This page has already voted on this question. The first vote counts.", 409),
    closed: message("voting_closed", "The trainer has closed the vote.", 409),
    full: message("session_full", "The session has the most voters it can take on this question.", 403),
    not_found: NOT_FOUND,
    unavailable: UNAVAILABLE,
  };
  return results[outcome];
}

/** GET a session's state, for the projector and the phones: no token, no voter, only counts. */
export async function stateResponse({ code, client, now }: { code: string; client: string; now: Date }): Promise<ApiResult> {
  const state = await lookUpCode(
    client,
    now,
    async () => {
      const parsedCode = joinCodeSchema.safeParse(code);
      if (!parsedCode.success) return null;
      return orUnavailable(async () => {
        const session = await findSessionByCode({ db: getDb(), code: parsedCode.data, now });
        return session && { session, tally: await tallyOf({ db: getDb(), sessionId: session.id, question: FIRST_CONTACT_QUESTION }) };
      });
    },
    (found) => found === null,
  );
  if (typeof state === "object" && state && "throttled" in state) return tooManyCodes(state.throttled);
  if (state === "unavailable") return UNAVAILABLE;
  if (!state) return NOT_FOUND;
  const { session, tally } = state;
  const body: RoomState = {
    code: session.code,
    scenario: session.scenarioSlug,
    stage: session.stage,
    votingOpen: session.stage === VOTING_STAGE,
    question: FIRST_CONTACT_QUESTION,
    ...tally,
  };
  return { status: 200, body };
}
