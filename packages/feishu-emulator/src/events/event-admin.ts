import { BasesyncError } from '@basesync/core';
import type { DeliveryCounts, DeliveryRecord, DeliveryStatus } from './delivery-log.js';
import type { EventSettings } from './event-settings.js';
import type { UrlVerificationResult } from './url-verification.js';

/** Typed in-process access to `/_emulator/events/*`, for the emulator handle and tests. */
export type EventAdmin = {
  settings(): EventSettings;
  /** Partial update; `faults` given → the fault PRNG restarts from `faults.seed`. Throws EMULATOR_EVENTS_CONFIG_INVALID. */
  configure(patch: unknown): EventSettings;
  deliveries(status?: DeliveryStatus): { counts: DeliveryCounts; deliveries: DeliveryRecord[] };
  /** Waits until nothing is pending. Throws EMULATOR_EVENTS_DRAIN_TIMEOUT after `timeoutMs`. */
  drain(timeoutMs?: number): Promise<DeliveryCounts>;
  verifyUrl(url?: string): Promise<UrlVerificationResult>;
  longConnections(): { clients: number; connects: number; pings: number };
  /** Drops every long-connection client's socket; returns how many were dropped. */
  disconnectClients(): number;
  /** Makes the next `times` endpoint requests answer `code` (e.g. 1000040343), to test the client. */
  failEndpoint(code: number, times: number): void;
  /** Forgets deliveries, pending retries and settings. */
  reset(): void;
};

export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

export function drainTimeoutError(timeoutMs: number, counts: DeliveryCounts): BasesyncError {
  return new BasesyncError(
    'EMULATOR_EVENTS_DRAIN_TIMEOUT',
    `${String(counts.pending)} event deliveries still pending after ${String(timeoutMs)} ms`,
    { field: 'timeoutMs', value: timeoutMs },
  );
}
