import { describe, expect, it } from "vitest";
import { RateLimiter } from "@/lib/training/room/rate-limiter";

describe("the rate limiter", () => {
  it("lets a burst of `capacity` through, then refuses and says when to try again", () => {
    const limiter = new RateLimiter(3, 0.5);
    const results = Array.from({ length: 4 }, () => limiter.take("10.0.0.1", 0));
    expect(results.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(results[3]).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("refills at its rate, and only up to its capacity", () => {
    const limiter = new RateLimiter(2, 1);
    limiter.take("a", 0);
    limiter.take("a", 0);
    expect(limiter.take("a", 500).allowed).toBe(false);
    expect(limiter.take("a", 1500).allowed).toBe(true);
    const later = Array.from({ length: 3 }, () => limiter.take("a", 60_000).allowed);
    expect(later).toEqual([true, true, false]);
  });

  it("keeps one bucket per client", () => {
    const limiter = new RateLimiter(1, 1);
    expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.take("a", 0).allowed).toBe(false);
    expect(limiter.take("b", 0).allowed).toBe(true);
  });
});
