import { BasesyncError } from '@basesync/core';
import { DeliveryMode, type ClientConfig, type EventFaults, type EventSettings } from './event-settings.js';

type Patch = Record<string, unknown>;

/**
 * Applies a partial settings object from the admin API onto the current settings.
 * Throws EMULATOR_EVENTS_CONFIG_INVALID naming the field, the value and the accepted range.
 */
export function applySettingsPatch(current: EventSettings, patch: unknown): EventSettings {
  const p = asObject(patch, 'settings');
  const faults = p['faults'] === undefined ? current.faults : applyFaults(current.faults, p['faults']);
  const client =
    p['clientConfig'] === undefined
      ? current.clientConfig
      : applyClientConfig(current.clientConfig, p['clientConfig']);
  return {
    mode: oneOf(p, 'mode', Object.values(DeliveryMode), current.mode),
    callbackUrl: callbackUrl(p, current.callbackUrl),
    actionValues: oneOf(p, 'actionValues', ['changed', 'all'] as const, current.actionValues),
    ackTimeoutMs: num(p, 'ackTimeoutMs', 1, 600_000, current.ackTimeoutMs),
    retryTimeFactor: num(p, 'retryTimeFactor', 0, 1, current.retryTimeFactor),
    concurrency: int(p, 'concurrency', 1, 1024, current.concurrency),
    fragmentBytes: int(p, 'fragmentBytes', 16, 16 * 1024 * 1024, current.fragmentBytes),
    clientConfig: client,
    faults,
  };
}

function applyFaults(current: EventFaults, value: unknown): EventFaults {
  const f = asObject(value, 'faults');
  const reorder = f['reorder'] === undefined ? undefined : asObject(f['reorder'], 'faults.reorder');
  const delay = f['delay'] === undefined ? undefined : asObject(f['delay'], 'faults.delay');
  return {
    seed: int(f, 'seed', 0, 2 ** 32 - 1, current.seed, 'faults.'),
    dropRate: rate(f, 'dropRate', current.dropRate),
    duplicateRate: rate(f, 'duplicateRate', current.duplicateRate),
    reorder: {
      rate: reorder ? rate(reorder, 'rate', current.reorder.rate, 'faults.reorder.') : current.reorder.rate,
      window: reorder
        ? int(reorder, 'window', 1, 1000, current.reorder.window, 'faults.reorder.')
        : current.reorder.window,
      maxHoldMs: reorder
        ? int(reorder, 'maxHoldMs', 0, 600_000, current.reorder.maxHoldMs, 'faults.reorder.')
        : current.reorder.maxHoldMs,
    },
    delay: {
      fixedMs: delay
        ? int(delay, 'fixedMs', 0, 600_000, current.delay.fixedMs, 'faults.delay.')
        : current.delay.fixedMs,
      jitterMs: delay
        ? int(delay, 'jitterMs', 0, 600_000, current.delay.jitterMs, 'faults.delay.')
        : current.delay.jitterMs,
    },
    badSignatureRate: rate(f, 'badSignatureRate', current.badSignatureRate),
    undecryptableRate: rate(f, 'undecryptableRate', current.undecryptableRate),
  };
}

function applyClientConfig(current: ClientConfig, value: unknown): ClientConfig {
  const c = asObject(value, 'clientConfig');
  const at = 'clientConfig.';
  return {
    PingInterval: num(c, 'PingInterval', 0.01, 3600, current.PingInterval, at),
    ReconnectCount: int(c, 'ReconnectCount', -1, 1000, current.ReconnectCount, at),
    ReconnectInterval: num(c, 'ReconnectInterval', 0.01, 3600, current.ReconnectInterval, at),
    ReconnectNonce: num(c, 'ReconnectNonce', 0, 3600, current.ReconnectNonce, at),
  };
}

function invalid(field: string, value: unknown, expected: string): BasesyncError {
  return new BasesyncError('EMULATOR_EVENTS_CONFIG_INVALID', `event setting ${field}: expected ${expected}`, {
    field,
    value,
    fix: `send ${field} as ${expected} (see docs/EMULATOR-EVENTS.md)`,
  });
}

function asObject(value: unknown, field: string): Patch {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Patch;
  throw invalid(field, value, 'a JSON object');
}

function num(p: Patch, key: string, min: number, max: number, fallback: number, at = ''): number {
  const value = p[key];
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  throw invalid(at + key, value, `a number from ${String(min)} to ${String(max)}`);
}

function int(p: Patch, key: string, min: number, max: number, fallback: number, at = ''): number {
  const value = num(p, key, min, max, fallback, at);
  if (Number.isInteger(value)) return value;
  throw invalid(at + key, value, `an integer from ${String(min)} to ${String(max)}`);
}

function rate(p: Patch, key: string, fallback: number, at = 'faults.'): number {
  return num(p, key, 0, 1, fallback, at);
}

function oneOf<T extends string>(p: Patch, key: string, allowed: readonly T[], fallback: T): T {
  const value = p[key];
  if (value === undefined) return fallback;
  if (allowed.some((a) => a === value)) return value as T;
  throw invalid(key, value, `one of ${allowed.join(', ')}`);
}

function callbackUrl(p: Patch, fallback: string | undefined): string | undefined {
  if (!('callbackUrl' in p)) return fallback;
  const value = p['callbackUrl'];
  if (value === null) return undefined;
  if (typeof value === 'string' && /^https?:\/\/./.test(value) && URL.canParse(value)) return value;
  throw invalid('callbackUrl', value, 'an http:// or https:// URL, or null to clear it');
}
