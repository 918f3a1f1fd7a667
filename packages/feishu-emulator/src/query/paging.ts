import { FeishuCode, FeishuError, feishuError } from '../feishu-error.js';

/** `page_size` from the query: default when absent, 1254011 when ≤ 0, 99992402 above the max. */
export function parsePageSize(raw: string | undefined, defaultSize: number, max: number): number {
  if (raw === undefined || raw === '') return defaultSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw feishuError(FeishuCode.pageSizeInvalid, 'Page size must greater than 0.');
  if (n > max)
    throw new FeishuError(
      FeishuCode.badParam,
      `field validation failed: page_size ${n} exceeds the maximum ${max}`,
      400,
    );
  return n;
}

const PREFIX = 'pt:';

export function encodePageToken(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset an opaque page token stands for (1254030 when it is not one of ours). */
export function decodePageToken(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0)
    throw feishuError(
      FeishuCode.invalidPageToken,
      `InvalidPageToken: ${JSON.stringify(raw.slice(0, 60))} is not a page token this API returned`,
    );
  return offset;
}

export type Page<T> = { items: T[]; has_more: boolean; page_token?: string; total: number };

export function paginate<T>(all: readonly T[], pageToken: string | undefined, size: number): Page<T> {
  const offset = decodePageToken(pageToken);
  const items = all.slice(offset, offset + size);
  const hasMore = offset + size < all.length;
  return {
    items,
    has_more: hasMore,
    ...(hasMore ? { page_token: encodePageToken(offset + size) } : {}),
    total: all.length,
  };
}
