import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { loadConfig } from './load-config.js';
import { describeConfig } from './describe-config.js';

const TOKEN = 'k'.repeat(32);
const MINIMAL = {
  BASESYNC_MYSQL_URL: 'mysql://sync:s3cret-pw@db.internal:3306/basesync',
  FEISHU_APP_ID: 'cli_a1b2',
  FEISHU_APP_SECRET: 'app-secret-value',
  BASESYNC_API_TOKEN: TOKEN,
};

function failure(run: () => unknown): { message: string; field?: string | undefined; code?: string } {
  try {
    run();
  } catch (err) {
    if (isBasesyncError(err)) return { message: err.message, field: err.field, code: err.code };
    throw err;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  test('the four required keys are enough; everything else has its documented default', () => {
    const config = loadConfig({ env: MINIMAL });
    expect(config).toEqual({
      mysql: { stateUrl: MINIMAL.BASESYNC_MYSQL_URL, dataUrl: MINIMAL.BASESYNC_MYSQL_URL },
      feishu: {
        appId: 'cli_a1b2',
        appSecret: 'app-secret-value',
        domain: 'https://open.feishu.cn',
        encryptKey: undefined,
        verificationToken: undefined,
        eventTransport: 'http',
      },
      api: { token: TOKEN, port: 8787 },
      timeZone: 'Asia/Shanghai',
      logLevel: 'info',
      outbox: { batchSize: 500, maxAttempts: 8 },
      deleteBrakeShare: 0.2,
    });
    expect(Object.isFrozen(config.feishu)).toBe(true);
  });

  test('the environment wins over the config file, and the file over defaults', () => {
    const config = loadConfig({
      env: { ...MINIMAL, BASESYNC_PORT: '9000' },
      file: {
        BASESYNC_PORT: '7000',
        FEISHU_DOMAIN: 'http://127.0.0.1:4010/',
        BASESYNC_DELETE_BRAKE_SHARE: '0.05',
      },
    });
    expect(config.api.port).toBe(9000);
    expect(config.feishu.domain).toBe('http://127.0.0.1:4010');
    expect(config.deleteBrakeShare).toBe(0.05);
  });

  test('every missing or bad key is listed at once, with the rule and no secret', () => {
    const { message, field, code } = failure(() =>
      loadConfig({
        env: {
          BASESYNC_MYSQL_URL: 'postgres://u:hunter2@h/db',
          FEISHU_APP_SECRET: 'app-secret-value',
          BASESYNC_API_TOKEN: 'short-token',
          BASESYNC_OUTBOX_BATCH_SIZE: '501',
          BASESYNC_TIME_ZONE: 'Mars/Olympus',
          FEISHU_EVENT_TRANSPORT: 'websocket',
        },
      }),
    );
    expect(code).toBe('CONFIG_INVALID');
    expect(field).toBe('BASESYNC_MYSQL_URL');
    expect(message).toContain('BASESYNC_MYSQL_URL ("postgres://u:<hidden>@h/db"): use mysql://');
    expect(message).toContain('FEISHU_APP_ID (unset): required');
    expect(message).toContain('BASESYNC_API_TOKEN ("<hidden>"): use at least 32 random characters');
    expect(message).toContain('BASESYNC_OUTBOX_BATCH_SIZE ("501")');
    expect(message).toContain('BASESYNC_TIME_ZONE ("Mars/Olympus"): use an IANA time zone');
    expect(message).toContain('FEISHU_EVENT_TRANSPORT ("websocket"): use http or long-connection');
    expect(message).not.toMatch(/hunter2|short-token|app-secret-value/);
  });

  test('an empty variable counts as unset, so the default applies', () => {
    expect(loadConfig({ env: { ...MINIMAL, BASESYNC_LOG_LEVEL: '' } }).logLevel).toBe('info');
  });
});

describe('describeConfig', () => {
  test('prints every option with its source and masks secrets and URL passwords', () => {
    const lines = describeConfig({
      env: { ...MINIMAL, FEISHU_ENCRYPT_KEY: 'enc-key-1' },
      file: { BASESYNC_PORT: '7000' },
    });
    expect(lines).toContain('BASESYNC_MYSQL_URL=mysql://sync:<hidden>@db.internal:3306/basesync  (env)');
    expect(lines).toContain('FEISHU_APP_SECRET=<hidden>  (env)');
    expect(lines).toContain('BASESYNC_PORT=7000  (file)');
    expect(lines).toContain('BASESYNC_TIME_ZONE=Asia/Shanghai  (default)');
    expect(lines).toContain('BASESYNC_DATA_MYSQL_URL=  (unset)');
    expect(lines.join('\n')).not.toMatch(/s3cret-pw|app-secret-value|enc-key-1|k{32}/);
  });
});
