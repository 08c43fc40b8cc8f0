import { describe, expect, it } from 'vitest';
import { whereInChunks } from '../../main/db/query-toolkit';

describe('whereInChunks', () => {
  it('asks in chunks of at most 500 distinct ids and keeps every row found, however many (ten years of answers)', async () => {
    const asked: number[][] = [];
    const ids = [...Array.from({ length: 1200 }, (_, index) => index + 1), 3, 7];
    // 300,000 rows for one chunk: more than a call takes as spread arguments.
    const rows = await whereInChunks(ids, async (chunk) => {
      asked.push(chunk);
      return asked.length === 1 ? Array.from({ length: 300_000 }, (_, index) => index) : chunk.map((id) => -id);
    });
    expect(asked.map((chunk) => chunk.length)).toEqual([500, 500, 200]);
    expect(new Set(asked.flat()).size).toBe(1200);
    expect(rows).toHaveLength(300_000 + 700);
    expect(rows[299_999]).toBe(299_999);
    expect(rows[300_000]).toBe(-501);
  });
});
