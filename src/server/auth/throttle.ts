// Login throttling: after a few failures for the same login or from the same address, further
// attempts are refused for a growing delay (doubling, capped), regardless of the password.
// In memory: a restart clears it, which is acceptable for a single-process service.
export interface ThrottleOptions {
  freeAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

interface Entry {
  failures: number;
  blockedUntil: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly free: number;
  private readonly base: number;
  private readonly max: number;

  constructor(o: ThrottleOptions = {}) {
    this.free = o.freeAttempts ?? 5;
    this.base = o.baseDelayMs ?? 1000;
    this.max = o.maxDelayMs ?? 15 * 60_000;
  }

  /** Milliseconds to wait before another attempt for any of these keys (0 = go ahead). */
  retryAfter(keys: string[], now = Date.now()): number {
    return Math.max(0, ...keys.map((k) => (this.entries.get(k)?.blockedUntil ?? 0) - now));
  }

  fail(keys: string[], now = Date.now()): void {
    for (const k of keys) {
      const e = this.entries.get(k) ?? { failures: 0, blockedUntil: 0 };
      e.failures++;
      if (e.failures >= this.free) e.blockedUntil = now + Math.min(this.max, this.base * 2 ** (e.failures - this.free));
      this.entries.set(k, e);
    }
    if (this.entries.size > 100_000) this.entries.clear(); // bound memory under a spray of logins
  }

  succeed(keys: string[]): void {
    for (const k of keys) this.entries.delete(k);
  }
}
