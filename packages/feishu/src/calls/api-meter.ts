/** Outcome of one HTTP exchange, as counted by the meter. */
export type CallResult =
  'ok' | 'rate_limited' | 'write_conflict' | 'token_invalid' | 'server_error' | 'network' | 'rejected';

export type MeterSnapshot = Readonly<Record<string, Readonly<Partial<Record<CallResult, number>>>>>;

/** Counts API calls by endpoint and result, for metrics and the quota planner. */
export class ApiMeter {
  readonly #counts = new Map<string, Map<CallResult, number>>();

  record(endpoint: string, result: CallResult): void {
    let byResult = this.#counts.get(endpoint);
    if (!byResult) this.#counts.set(endpoint, (byResult = new Map<CallResult, number>()));
    byResult.set(result, (byResult.get(result) ?? 0) + 1);
  }

  /** Calls to `endpoint` (or to every endpoint), optionally of one result only. */
  total(endpoint?: string, result?: CallResult): number {
    let sum = 0;
    for (const [name, byResult] of this.#counts) {
      if (endpoint !== undefined && name !== endpoint) continue;
      for (const [r, n] of byResult) if (result === undefined || r === result) sum += n;
    }
    return sum;
  }

  snapshot(): MeterSnapshot {
    const out: Record<string, Partial<Record<CallResult, number>>> = {};
    for (const [name, byResult] of this.#counts) out[name] = Object.fromEntries(byResult);
    return out;
  }
}
