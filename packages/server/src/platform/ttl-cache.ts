/**
 * A small per-instance cache whose entries expire: what one instance changes it forgets at once,
 * what another instance changes shows up here within `ttlMs`.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: Promise<V>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    /** Values worth remembering: an absent row, say, may appear any moment. */
    private readonly keep: (value: V) => boolean = () => true,
    private readonly maxEntries = 10_000,
  ) {}

  /** The cached value, or the loaded one (a failed load, or one `keep` refuses, is not kept). */
  get(key: K, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expires > now) return entry.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    value.then(
      (loaded) => {
        if (!this.keep(loaded)) this.entries.delete(key);
      },
      () => this.entries.delete(key),
    );
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
