import { describe, expect, test } from 'vitest';
import { isBasesyncError } from '@basesync/core';
import { collect, walkPages, type Page } from './paging.js';

function pager(pages: Page<number>[]) {
  const asked: (string | undefined)[] = [];
  return {
    asked,
    fetch: (token: string | undefined) => {
      asked.push(token);
      return Promise.resolve(pages[asked.length - 1]);
    },
  };
}

describe('walkPages', () => {
  test('follows page tokens to the last page', async () => {
    const p = pager([
      { items: [1, 2], has_more: true, page_token: 'a' },
      { items: [3], has_more: true, page_token: 'b' },
      { items: [4], has_more: false },
    ]);
    expect(await collect(walkPages('records.search', p.fetch))).toEqual([1, 2, 3, 4]);
    expect(p.asked).toEqual([undefined, 'a', 'b']);
  });

  test('a listing that says has_more without a new token fails instead of ending short', async () => {
    const p = pager([
      { items: [1], has_more: true, page_token: 'a' },
      { items: [2], has_more: true, page_token: 'a' },
    ]);
    await expect(collect(walkPages('tables.list', p.fetch))).rejects.toSatisfy(
      (e) => isBasesyncError(e, 'FEISHU_UNAVAILABLE') && e.field === 'tables.list',
    );
  });
});
