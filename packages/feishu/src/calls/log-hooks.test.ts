import { describe, expect, test } from 'vitest';
import { redact, redactingLogger, type FeishuLogger } from './log-hooks.js';

describe('redact', () => {
  test('hides secrets and tokens wherever they appear in log fields', () => {
    const out = JSON.stringify(
      redact({
        appSecret: 'very-secret-value',
        headers: { Authorization: 'Bearer t-g1044qeGEDXTB6NDJOGV4JQCYDGHRBARFTGT1234' },
        msg: 'sent with Bearer t-abcdefghijklmnop and u-zyxwvutsrqponmlk',
        tenant_access_token: 't-1234567890abcdef',
        attempt: 2,
      }),
    );
    expect(out).not.toMatch(/very-secret-value|g1044q|abcdefghijklmnop|zyxwvutsrq|1234567890abcdef/);
    expect(out).toContain('"attempt":2');
  });

  test('a redacting logger passes only redacted fields to the real logger', () => {
    const lines: unknown[] = [];
    const sink: FeishuLogger = {
      debug: (f) => lines.push(f),
      info: (f) => lines.push(f),
      warn: (f) => lines.push(f),
      error: (f) => lines.push(f),
    };
    redactingLogger(sink).warn({ encrypt_key: 'k', endpoint: 'records.search' }, 'retry');
    expect(lines).toEqual([{ encrypt_key: '<hidden>', endpoint: 'records.search' }]);
  });
});
