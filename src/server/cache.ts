// Small in-process caches. Snapshots are immutable, so what is derived from them is cached
// without expiry (bounded by count). Sessions and campaign rows change, so they are kept for a
// few seconds and dropped at once when this process changes them; another process of the same
// service sees a sign-out or a release at most `ttlMs` late.
export class Lru<K, V> {
  private readonly map = new Map<K, { v: V; at: number }>();
  constructor(
    private readonly max: number,
    private readonly ttlMs = Infinity,
  ) {}

  get(k: K, now = Date.now()): V | undefined {
    const e = this.map.get(k);
    if (!e) return undefined;
    if (now - e.at > this.ttlMs) {
      this.map.delete(k);
      return undefined;
    }
    // refresh recency
    this.map.delete(k);
    this.map.set(k, e);
    return e.v;
  }

  set(k: K, v: V, now = Date.now()): void {
    this.map.delete(k);
    this.map.set(k, { v, at: now });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(k: K): void {
    this.map.delete(k);
  }

  deleteWhere(pred: (v: V) => boolean): void {
    for (const [k, e] of this.map) if (pred(e.v)) this.map.delete(k);
  }

  clear(): void {
    this.map.clear();
  }
}

/** Seconds a session or campaign row may be served from memory. */
export const SHORT_TTL_MS = Number(process.env.TIIMDI_CACHE_TTL_MS ?? 3000);

/** Caches that belong to one database (tests open several in one process). */
export function perDatabase<T>(make: () => T): (db: object) => T {
  const all = new WeakMap<object, T>();
  return (db) => {
    let c = all.get(db);
    if (!c) all.set(db, (c = make()));
    return c;
  };
}
