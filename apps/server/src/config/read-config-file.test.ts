import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { parseConfigFile } from './read-config-file.js';

function refusal(text: string): { message: string; field: string | undefined } {
  try {
    parseConfigFile('basesync.config.json', text);
  } catch (err) {
    if (isBasesyncError(err, 'CONFIG_FILE_INVALID')) return { message: err.message, field: err.field };
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('the config file', () => {
  test('numbers and strings are read as option values', () => {
    expect(parseConfigFile('f.json', '{"BASESYNC_PORT": 7000, "FEISHU_APP_ID": "cli_x"}')).toEqual({
      BASESYNC_PORT: '7000',
      FEISHU_APP_ID: 'cli_x',
    });
  });

  test('a misspelt option is refused by name rather than ignored', () => {
    expect(refusal('{"FEISHU_APPID": "cli_x"}')).toEqual({
      message: 'basesync.config.json: unknown option FEISHU_APPID',
      field: 'FEISHU_APPID',
    });
  });

  test('broken JSON and non-objects are refused with the file name', () => {
    expect(refusal('{"BASESYNC_PORT": ').message).toBe('basesync.config.json: is not valid JSON');
    expect(refusal('[1, 2]').message).toContain('must hold a JSON object of options');
    expect(refusal('{"BASESYNC_PORT": {"n": 1}}').field).toBe('BASESYNC_PORT');
  });
});
