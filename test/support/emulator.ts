import { randomBytes } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from '@basesync/feishu-emulator';

/**
 * Starts an in-process emulator on a free port. Each one gets its own random app id, because the
 * SDK caches tenant tokens per app id in a module-global map (reference §1).
 */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  return startEmulator({ port: 0, appId: `cli_${randomBytes(8).toString('hex')}`, ...options });
}

/** A token cache the test can clear, to exercise a client's refresh path after `expireTokens()`. */
export class ClearableTokenCache {
  readonly #values = new Map<string, { value: unknown; expiresAt: number | undefined }>();

  set(
    key: { toString(): string },
    value: unknown,
    expiresAt?: number,
    options?: { namespace?: string },
  ): Promise<boolean> {
    this.#values.set(`${options?.namespace ?? ''}/${key.toString()}`, { value, expiresAt });
    return Promise.resolve(true);
  }

  get(key: { toString(): string }, options?: { namespace?: string }): Promise<unknown> {
    const entry = this.#values.get(`${options?.namespace ?? ''}/${key.toString()}`);
    const live = entry !== undefined && (entry.expiresAt === undefined || entry.expiresAt > Date.now());
    return Promise.resolve(live ? entry.value : undefined);
  }

  clear(): void {
    this.#values.clear();
  }
}

const ignore = (): void => undefined;
const SILENT_LOGGER = { error: ignore, warn: ignore, info: ignore, debug: ignore, trace: ignore };

type ClientOptions = ConstructorParameters<typeof lark.Client>[0];

/** An official SDK client pointed at the emulator, silent, with its own clearable token cache. */
export function createEmulatorClient(
  emu: EmulatorHandle,
  overrides: Partial<ClientOptions> = {},
): lark.Client {
  return new lark.Client({
    appId: emu.appId,
    appSecret: emu.appSecret,
    domain: emu.url,
    loggerLevel: lark.LoggerLevel.fatal,
    logger: SILENT_LOGGER,
    cache: new ClearableTokenCache(),
    ...overrides,
  });
}
