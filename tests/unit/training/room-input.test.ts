import { describe, expect, it } from "vitest";
import { GUESSABLE_BODIES } from "@/lib/training/guess";
import { controlTokenSchema, joinCodeSchema, moveStageSchema, voteSchema } from "@/lib/training/room/room-input";

const VOTER = "AbCdEfGhIjKlMnOpQrSt_-";

describe("the join code", () => {
  it.each([
    ["K7M3QX", "K7M3QX"],
    ["k7m3qx", "K7M3QX"],
    [" k7m 3qx ", "K7M3QX"],
    ["k7m-3qx", "K7M3QX"],
  ])("reads %j as %s", (typed, code) => {
    expect(joinCodeSchema.parse(typed)).toBe(code);
  });

  it.each(["", "K7M3Q", "K7M3QXX", "K7M3Q0", "K7M3QO", "K7M3Q1", "K7M3QI", "K7M3QL", "K7M3Q!", "K7M3QÆ"])("refuses %j", (typed) => {
    expect(joinCodeSchema.safeParse(typed).success).toBe(false);
  });
});

describe("a vote", () => {
  it("takes each body a trainee may name, and not PET, whom nobody contacts directly", () => {
    for (const choice of GUESSABLE_BODIES)
      expect(voteSchema.safeParse({ question: "first", choice, voter: VOTER }).success, choice).toBe(true);
    const pet = voteSchema.safeParse({ question: "first", choice: "PET", voter: VOTER });
    expect(pet.success).toBe(false);
    expect(pet.error?.issues[0]?.message).toBe("Choose one of the bodies on the list.");
  });

  it.each([
    ["an unknown question", { question: "also", choice: "SSP", voter: VOTER }],
    ["no choice", { question: "first", voter: VOTER }],
    ["a short voter token", { question: "first", choice: "SSP", voter: "short" }],
    ["a voter token with other characters", { question: "first", choice: "SSP", voter: `${VOTER.slice(0, 21)}=` }],
    ["a field more", { question: "first", choice: "SSP", voter: VOTER, name: "Anna" }],
    ["not an object", "SSP"],
  ])("refuses %s", (_case, input) => {
    expect(voteSchema.safeParse(input).success).toBe(false);
  });
});

describe("the trainer's control", () => {
  it("takes a 43-character token and a stage number from a form", () => {
    const token = "a".repeat(43);
    expect(controlTokenSchema.safeParse(token).success).toBe(true);
    expect(controlTokenSchema.safeParse("a".repeat(42)).success).toBe(false);
    expect(moveStageSchema.parse({ token, stage: "3" })).toEqual({ token, stage: 3 });
    for (const stage of ["-1", "1.5", "next", undefined])
      expect(moveStageSchema.safeParse({ token, stage }).success, String(stage)).toBe(false);
  });
});
