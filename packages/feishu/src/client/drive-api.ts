import type { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { CallSignal, ClientContext } from './client-context.js';

const BITABLE = { file_type: 'bitable' as const };

/** Subscribes the app to a base's record and field change events (drive v1 file subscription). */
export async function subscribeBase(
  ctx: ClientContext,
  appToken: string,
  opts: CallSignal = {},
): Promise<void> {
  await ctx.caller.call(
    'drive.subscribe',
    () => ctx.sdk.drive.v1.file.subscribe({ path: { file_token: appToken }, params: BITABLE }),
    opts,
  );
}

/** Whether the app is subscribed to a base's events. */
export async function isBaseSubscribed(
  ctx: ClientContext,
  appToken: string,
  opts: CallSignal = {},
): Promise<boolean> {
  const res = await ctx.caller.call(
    'drive.get_subscribe',
    () => ctx.sdk.drive.v1.file.getSubscribe({ path: { file_token: appToken }, params: BITABLE }),
    opts,
  );
  return res.data?.is_subscribe === true;
}

/** Cancels every event subscription of a base (Feishu allows 10 of these per minute). */
export async function unsubscribeBase(
  ctx: ClientContext,
  appToken: string,
  opts: CallSignal = {},
): Promise<void> {
  await ctx.caller.call(
    'drive.delete_subscribe',
    () => ctx.sdk.drive.v1.file.deleteSubscribe({ path: { file_token: appToken }, params: BITABLE }),
    opts,
  );
}

export type Attachment = {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly kind?: 'file' | 'image';
};

/** Uploads an attachment into a base; returns the file_token to put in an attachment cell. */
export async function uploadAttachment(
  ctx: ClientContext,
  appToken: string,
  file: Attachment,
  opts: CallSignal = {},
): Promise<string> {
  const data = () => ({
    file_name: file.fileName,
    parent_type: file.kind === 'image' ? ('bitable_image' as const) : ('bitable_file' as const),
    parent_node: appToken,
    size: file.bytes.length,
    file: namedStream(file),
  });
  const res = await ctx.caller.call(
    'media.upload',
    () => ctx.sdk.drive.v1.media.uploadAll({ data: data() }),
    opts,
  );
  return res?.file_token ?? '';
}

/**
 * A fresh stream per attempt, carrying the file name as `path`: the multipart encoder under the SDK
 * names the part from it, and a bare Buffer would go out as a plain field without a filename.
 */
function namedStream(file: Attachment): ReadStream {
  return Object.assign(Readable.from([file.bytes]), { path: file.fileName }) as unknown as ReadStream;
}

/** Downloads an attachment's bytes by file_token. */
export async function downloadAttachment(
  ctx: ClientContext,
  fileToken: string,
  opts: CallSignal = {},
): Promise<Buffer> {
  return ctx.caller.call(
    'media.download',
    async () => {
      const res = await ctx.sdk.drive.v1.media.download({ path: { file_token: fileToken } });
      return readAll(res.getReadableStream());
    },
    opts,
  );
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}
