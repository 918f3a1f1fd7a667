import { createRandom, type Random } from '../random.js';

export type LatencyConfig = { fixedMs: number; jitterMs: number };
export type EndpointFaults = {
  rate429?: number;
  rate5xx?: number;
  lostResponse?: number;
  latency?: LatencyConfig;
};
export type FaultConfig = {
  seed?: number;
  /** Applies to every OpenAPI call. */
  latency?: LatencyConfig;
  /** Key = endpoint key (e.g. 'records.batch_create') or '*' for all. */
  endpoints?: Record<string, EndpointFaults>;
};

/** What to do to one call, decided before it runs. */
export type FaultPlan = {
  readonly latencyMs: number;
  readonly fail: '429' | '5xx' | undefined;
  readonly loseResponse: boolean;
};

const NO_FAULT: FaultPlan = { latencyMs: 0, fail: undefined, loseResponse: false };

function latencyOf(random: Random, config: LatencyConfig | undefined): number {
  if (config === undefined) return 0;
  return config.fixedMs + (config.jitterMs > 0 ? random.next() * config.jitterMs : 0);
}

/** Seeded fault injection: the same seed and call sequence give the same faults. */
export class Faults {
  #config: FaultConfig = {};
  #random: Random;
  readonly #defaultSeed: number;

  constructor(seed: number) {
    this.#defaultSeed = seed;
    this.#random = createRandom(seed);
  }

  set(config: FaultConfig): void {
    this.#config = config;
    this.#random = createRandom(config.seed ?? this.#defaultSeed);
  }

  get config(): FaultConfig {
    return this.#config;
  }

  /** Draws the faults for one call to `key`; draws happen in a fixed order per call. */
  plan(key: string): FaultPlan {
    const endpoints = this.#config.endpoints ?? {};
    const own = endpoints[key] ?? endpoints['*'];
    if (own === undefined && this.#config.latency === undefined) return NO_FAULT;
    const random = this.#random;
    const latencyMs = latencyOf(random, this.#config.latency) + latencyOf(random, own?.latency);
    let fail: FaultPlan['fail'];
    if (random.chance(own?.rate429 ?? 0)) fail = '429';
    else if (random.chance(own?.rate5xx ?? 0)) fail = '5xx';
    const loseResponse = fail === undefined && random.chance(own?.lostResponse ?? 0);
    return { latencyMs, fail, loseResponse };
  }
}
