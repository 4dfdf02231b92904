import { describe, expect, it } from "vitest";
import { boundedMemo } from "@/machines/bounded-memo";

describe("boundedMemo", () => {
  it("works a key out once and hands the same result to every later call", () => {
    const calls: string[] = [];
    const shout = boundedMemo(
      (word: string) => word,
      (word) => {
        calls.push(word);
        return { loud: word.toUpperCase() };
      },
    );
    const first = shout("hej");
    expect(shout("hej")).toBe(first);
    expect(shout("dav")).toEqual({ loud: "DAV" });
    expect(calls).toEqual(["hej", "dav"]);
  });

  it("keeps no more than its limit: past it, what was kept is forgotten and worked out again", () => {
    const calls: number[] = [];
    const double = boundedMemo(
      (n: number) => String(n),
      (n) => {
        calls.push(n);
        return n * 2;
      },
      2,
    );
    [1, 2, 1, 3, 1].forEach((n) => double(n));
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
