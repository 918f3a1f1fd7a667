import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { defaultEventSettings } from './event-settings.js';
import { applySettingsPatch } from './parse-event-settings.js';

const base = defaultEventSettings(undefined, 1);

function errorOf(patch: unknown) {
  try {
    applySettingsPatch(base, patch);
  } catch (err) {
    if (isBasesyncError(err, 'EMULATOR_EVENTS_CONFIG_INVALID')) return err;
    throw err;
  }
  throw new Error('expected the patch to be refused');
}

describe('event settings from the admin API', () => {
  test('a partial patch changes only the named settings', () => {
    const next = applySettingsPatch(base, {
      ackTimeoutMs: 100,
      faults: { dropRate: 0.5, delay: { fixedMs: 3 } },
    });
    expect(next.ackTimeoutMs).toBe(100);
    expect(next.faults.dropRate).toBe(0.5);
    expect(next.faults.delay).toEqual({ fixedMs: 3, jitterMs: 0 });
    expect(next.faults.duplicateRate).toBe(0);
    expect(next.mode).toBe(base.mode);
  });

  test('a rate above 1 is refused naming the field, the value and the range', () => {
    const err = errorOf({ faults: { dropRate: 1.5 } });
    expect(err.field).toBe('faults.dropRate');
    expect(err.value).toBe(1.5);
    expect(err.message).toContain('a number from 0 to 1');
    expect(err.fix).toContain('faults.dropRate');
  });

  test('an unknown mode, a non-URL callback and a fractional concurrency are refused', () => {
    expect(errorOf({ mode: 'smoke-signals' }).field).toBe('mode');
    expect(errorOf({ callbackUrl: 'ftp://x' }).field).toBe('callbackUrl');
    expect(errorOf({ concurrency: 2.5 }).field).toBe('concurrency');
    expect(errorOf({ faults: { reorder: 'often' } }).field).toBe('faults.reorder');
    expect(errorOf('all of them').field).toBe('settings');
  });

  test('callbackUrl null clears the callback URL', () => {
    const withUrl = applySettingsPatch(base, { callbackUrl: 'http://127.0.0.1:9/events' });
    expect(applySettingsPatch(withUrl, { callbackUrl: null }).callbackUrl).toBeUndefined();
  });
});
