import { describe, expect, it, vi } from 'vitest';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('loads once within the time to live, again after it', async () => {
    vi.useFakeTimers();
    try {
      const cache = new TtlCache<string, number>(1000);
      const load = vi.fn(async () => 42);
      expect(await cache.get('a', load)).toBe(42);
      expect(await cache.get('a', load)).toBe(42);
      expect(load).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1001);
      await cache.get('a', load);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets failed loads and values it is told not to keep', async () => {
    const cache = new TtlCache<string, number | undefined>(60_000, (value) => value !== undefined);
    await expect(cache.get('x', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('x', async () => 1)).toBe(1);
    expect(await cache.get('y', async () => undefined)).toBeUndefined();
    expect(await cache.get('y', async () => 2)).toBe(2);
  });
});
