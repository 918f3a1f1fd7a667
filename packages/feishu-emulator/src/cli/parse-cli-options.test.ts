import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { CLI_DEFAULT_PORT, parseCliOptions } from './parse-cli-options.js';

describe('pnpm emulator options', () => {
  test('defaults to port 4010 with limits and the demo base', () => {
    expect(parseCliOptions([], {})).toEqual({
      emulator: { port: CLI_DEFAULT_PORT, limits: true },
      demo: true,
      help: false,
    });
  });

  test('flags win over the environment', () => {
    const parsed = parseCliOptions(['--port', '5000', '--seed=9', '--no-limits', '--no-demo'], {
      FEISHU_EMULATOR_PORT: '6000',
      FEISHU_APP_ID: 'cli_00112233445566ff',
    });
    expect(parsed).toEqual({
      emulator: { port: 5000, seed: 9, limits: false, appId: 'cli_00112233445566ff' },
      demo: false,
      help: false,
    });
  });

  test('a bad port names the flag, the value and the fix', () => {
    let caught: unknown;
    try {
      parseCliOptions(['--port', 'eighty'], {});
    } catch (err) {
      caught = err;
    }
    expect(isBasesyncError(caught, 'CONFIG_INVALID')).toBe(true);
    expect(caught).toMatchObject({ field: '--port', value: 'eighty' });
  });

  test('an app id the SDK long connection would refuse is rejected', () => {
    expect(() => parseCliOptions(['--app-id', 'my-app'], {})).toThrow(/cli_ followed by 16 hex digits/);
  });
});
