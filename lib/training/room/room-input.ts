import { z } from "zod";
import { GUESSABLE_BODIES } from "../guess";
import { SCENARIO_SLUG } from "../scenario";
import { VOTE_FIELDS, VOTE_QUESTIONS } from "./vote-fields";

/** Letters and digits that cannot be mistaken for one another on a projector: no 0/O, 1/I/L. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 6;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export type VoteQuestion = (typeof VOTE_QUESTIONS)[number];

// base64url of 32 random bytes (256 bits) and of 16 random bytes (128 bits).
const CONTROL_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const VOTER_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A join code as people type it: lower case, spaces and hyphens are forgiven ("ab3 k7m" is AB3K7M). */
export const joinCodeSchema = z
  .string()
  .transform((typed) => typed.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(CODE_PATTERN, `A code is ${CODE_LENGTH} letters and digits.`));

export const controlTokenSchema = z.string().regex(CONTROL_TOKEN_PATTERN, "Not a control token.");

/** The largest vote body the API reads. */
export const MAX_VOTE_BODY_BYTES = 1024;

/** One vote, from the phone's page: with JavaScript as the API's JSON body, without it as the posted form. */
export const voteSchema = z
  .strictObject({
    question: z.enum(VOTE_QUESTIONS),
    choice: z.enum(GUESSABLE_BODIES, { error: "Choose one of the bodies on the list." }),
    voter: z.string().regex(VOTER_TOKEN_PATTERN, "The voter token is 22 characters of base64url."),
  })
  .meta({ id: "Vote", description: "One vote. The voter token is random and new on each page; it only stops a second vote." });
export type VoteInput = z.infer<typeof voteSchema>;
// The vote form's names are the vote's own fields.
VOTE_FIELDS satisfies { [K in keyof VoteInput]: K };

/** The trainer's start form: the scenario to run. */
export const startRoomSchema = z.object({ scenario: z.string().regex(SCENARIO_SLUG) });

/** The trainer's buttons: go to a stage of the session. Going to a stage, not "one on", makes a double click harmless. */
export const moveStageSchema = z.object({ token: controlTokenSchema, stage: z.coerce.number().int().min(0) });

/** What the projector and the phones read: the stage and the anonymous counts, never a token or a voter. */
export const roomStateSchema = z
  .object({
    code: z.string(),
    scenario: z.string().describe("The case's slug."),
    stage: z.int().min(0).describe("How far the trainer has come; 0 is the vote."),
    votingOpen: z.boolean(),
    question: z.enum(VOTE_QUESTIONS),
    counts: z.partialRecord(z.enum(GUESSABLE_BODIES), z.int().min(0)),
    voters: z.int().min(0),
  })
  .meta({ id: "RoomState" });
export type RoomState = z.infer<typeof roomStateSchema>;

export const roomErrorSchema = z
  .object({
    error: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.array(z.string()), message: z.string() })).optional(),
  })
  .meta({ id: "RoomError" });
