import { EventDispatcher, type Logger } from '@larksuiteoapi/node-sdk';
import { isBasesyncError } from '@basesync/core';
import type { FeishuLogger } from '../calls/log-hooks.js';
import type { EventDecoder } from '../events/event-decoder.js';
import type { FeishuEvent } from '../events/event-types.js';

/**
 * An SDK EventDispatcher that hands every long-connection message to our shared decoder, so the
 * HTTP and long-connection paths accept and type events identically. A handler that throws makes
 * the SDK answer 500, so Feishu redelivers; a malformed message is logged and acknowledged (a
 * redelivery could not fix it).
 */
export class DecodingDispatcher extends EventDispatcher {
  readonly #decoder: EventDecoder;
  readonly #onEvent: (event: FeishuEvent) => Promise<void>;
  readonly #log: FeishuLogger;

  constructor(
    decoder: EventDecoder,
    onEvent: (event: FeishuEvent) => Promise<void>,
    log: FeishuLogger,
    sdkLog: Logger,
  ) {
    super({ logger: sdkLog });
    this.#decoder = decoder;
    this.#onEvent = onEvent;
    this.#log = log;
  }

  override async invoke(data: unknown): Promise<undefined> {
    let event: FeishuEvent;
    try {
      event = this.#decoder.decodeMessage(data);
    } catch (err) {
      if (!isBasesyncError(err)) throw err;
      this.#log.error({ code: err.code, field: err.field }, 'long-connection event rejected');
      return undefined;
    }
    await this.#onEvent(event);
    return undefined;
  }
}
