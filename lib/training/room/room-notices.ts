import type { VoteOutcome } from "./room.server";

/**
 * What became of a vote, as the phone's page says it: after a vote posted without JavaScript it
 * travels in the page's address (the value), with JavaScript it comes from the API's answer.
 */
export const VOTE_NOTICES = {
  counted: "talt",
  already_voted: "allerede",
  closed: "lukket",
  full: "fuld",
  not_found: "slut",
  unavailable: "utilgaengelig",
  throttled: "travlt",
  invalid: "fejl",
} as const satisfies Record<VoteOutcome | "unavailable" | "throttled" | "invalid", string>;

export type VoteNotice = keyof typeof VOTE_NOTICES;

/** The notice a query parameter names, if any. */
export function readVoteNotice(value: string | undefined): VoteNotice | undefined {
  return (Object.keys(VOTE_NOTICES) as VoteNotice[]).find((notice) => VOTE_NOTICES[notice] === value);
}

/** What the vote API's answer means for the phone. */
export function noticeOfResponse(status: number, error: string | undefined): VoteNotice {
  if (status === 201) return "counted";
  if (status === 400) return "invalid";
  if (status === 403) return "full";
  if (status === 404) return "not_found";
  if (status === 409) return error === "already_voted" ? "already_voted" : "closed";
  if (status === 429) return "throttled";
  return "unavailable";
}
