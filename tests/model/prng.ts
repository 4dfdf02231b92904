/** mulberry32: small, fast and reproducible from one 32-bit seed. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick from an empty list");
  return items[Math.floor(rng() * items.length)] as T;
}

/** MODEL_SEED=<n> replays a run; otherwise a fresh seed is drawn and printed. */
export function seedFromEnv(): number {
  const fromEnv = Number(process.env.MODEL_SEED);
  return Number.isInteger(fromEnv) && process.env.MODEL_SEED !== "" ? fromEnv >>> 0 : Math.floor(Math.random() * 2 ** 32);
}
