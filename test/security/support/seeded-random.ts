/** A small seeded generator (mulberry32), so a fuzz run is reproduced from its printed seed. */
export type Random = {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; items of weight 0 are never picked. */
  weighted<T>(items: readonly { item: T; weight: number }[]): T | undefined;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    seed,
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[int(items.length)]!,
    weighted: (items) => {
      const total = items.reduce((sum, { weight }) => sum + weight, 0);
      if (total <= 0) return undefined;
      let roll = next() * total;
      for (const { item, weight } of items) {
        roll -= weight;
        if (weight > 0 && roll < 0) return item;
      }
      return items.findLast(({ weight }) => weight > 0)?.item;
    },
  };
}

/** The seed of this run: BATON_FUZZ_SEED to reproduce one, else a fresh one. */
export function fuzzSeed(): number {
  const given = process.env.BATON_FUZZ_SEED;
  if (given && /^\d+$/.test(given)) return Number(given) >>> 0;
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}
