export type EmulatorStats = {
  calls: Record<string, { total: number; byCode: Record<string, number> }>;
  rateLimited: number;
  writeConflicts: number;
  lostResponses: number;
};

/** Counts OpenAPI calls by endpoint and answered code, for assertions in tests. */
export class CallStats {
  #stats: EmulatorStats = CallStats.#empty();

  static #empty(): EmulatorStats {
    return { calls: {}, rateLimited: 0, writeConflicts: 0, lostResponses: 0 };
  }

  record(key: string, code: number): void {
    const entry = (this.#stats.calls[key] ??= { total: 0, byCode: {} });
    entry.total++;
    entry.byCode[String(code)] = (entry.byCode[String(code)] ?? 0) + 1;
    if (code === 99991400) this.#stats.rateLimited++;
    if (code === 1254291) this.#stats.writeConflicts++;
  }

  lostResponse(): void {
    this.#stats.lostResponses++;
  }

  snapshot(): EmulatorStats {
    return structuredClone(this.#stats);
  }

  reset(): void {
    this.#stats = CallStats.#empty();
  }
}
