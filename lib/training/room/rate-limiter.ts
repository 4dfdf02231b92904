/**
 * A token bucket per client: `capacity` requests at once, then `perSecond` more each second.
 *
 * It lives in the memory of one app instance, so with two instances a client gets twice the
 * allowance, and a restart forgets it. That is enough to stop a runaway script; the cap of
 * voters per question and one vote per voter token bound what a determined sender can do.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  /** Takes one request from `key`'s bucket: allowed, or the seconds until the next one would be. */
  take(key: string, nowMs: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: nowMs };
    const tokens = Math.min(this.capacity, bucket.tokens + ((nowMs - bucket.at) / 1000) * this.perSecond);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: nowMs });
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / this.perSecond) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    if (this.buckets.size > MAX_KEYS) this.forgetFull(nowMs);
    return { allowed: true };
  }

  /** Gives back a request taken from `key`'s bucket, for one that turned out not to count. */
  giveBack(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.capacity, bucket.tokens + 1);
  }

  // A bucket that has filled up again says nothing a fresh one would not.
  private forgetFull(nowMs: number) {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((nowMs - bucket.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(key);
    }
  }
}

const MAX_KEYS = 10_000;
