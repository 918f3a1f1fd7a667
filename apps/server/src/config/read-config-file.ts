import { readFile } from 'node:fs/promises';
import { BasesyncError } from '@basesync/core';
import { unknownKeys } from './load-config.js';

/** The default config file, relative to the working directory; git-ignored because it holds secrets. */
export const CONFIG_FILE_NAME = 'basesync.config.json';

function fileError(path: string, message: string, field?: string, cause?: unknown): BasesyncError {
  return new BasesyncError(
    'CONFIG_FILE_INVALID',
    `${path}: ${message}`,
    field === undefined ? {} : { field },
    cause === undefined ? undefined : { cause },
  );
}

/** Parses a config file's text into option strings. @throws BasesyncError CONFIG_FILE_INVALID */
export function parseConfigFile(path: string, text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw fileError(path, 'is not valid JSON', undefined, err);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw fileError(path, 'must hold a JSON object of options, e.g. {"FEISHU_APP_ID": "cli_…"}');
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  const [unknown] = unknownKeys(parsed as Record<string, unknown>);
  if (unknown !== undefined) throw fileError(path, `unknown option ${unknown}`, unknown);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out[key] = String(value);
    } else if (value !== null) {
      throw fileError(path, `option ${key} must be a string or a number`, key);
    }
  }
  return out;
}

/** Reads the config file if it exists; a missing file is no error. @throws CONFIG_FILE_INVALID */
export async function readConfigFile(path: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return undefined;
    throw fileError(path, 'cannot be read', undefined, err);
  }
  return parseConfigFile(path, text);
}
