import { BasesyncError } from '@basesync/core';

/** One page as Feishu returns it. */
export type Page<T> = {
  readonly items?: T[] | undefined;
  readonly has_more?: boolean | undefined;
  readonly page_token?: string | undefined;
};

/**
 * Walks `has_more`/`page_token` to the end. Unlike the SDK's *WithIterator, a failed page throws
 * (the caller's retries already ran), so a listing is either complete or an error, never short.
 */
export async function* walkPages<T>(
  endpoint: string,
  fetchPage: (pageToken: string | undefined) => Promise<Page<T> | undefined>,
): AsyncGenerator<T> {
  let pageToken: string | undefined;
  for (;;) {
    const page = await fetchPage(pageToken);
    for (const item of page?.items ?? []) yield item;
    if (page?.has_more !== true) return;
    if (!page.page_token || page.page_token === pageToken) {
      throw new BasesyncError(
        'FEISHU_UNAVAILABLE',
        `feishu ${endpoint} said has_more without a new page_token`,
        {
          field: endpoint,
          value: page.page_token,
          fix: 'retry the listing; if it persists, report the log id to Feishu support',
        },
      );
    }
    pageToken = page.page_token;
  }
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
