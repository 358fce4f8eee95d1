/**
 * Whether this instance takes new requests, and the requests still being answered, so that a
 * load balancer can be told to stop sending (readiness) and shutdown can wait for turns in
 * flight before the store is closed. No clock but the timer that bounds the wait.
 */
export class Lifecycle {
  #accepting = true;
  #inFlight = 0;
  #idle: Array<() => void> = [];

  get accepting(): boolean {
    return this.#accepting;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Counts a request in; false (and nothing counted) once shutdown has begun. */
  enter(): boolean {
    if (!this.#accepting) return false;
    this.#inFlight++;
    return true;
  }

  leave(): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (this.#inFlight === 0) for (const wake of this.#idle.splice(0)) wake();
  }

  /** From now on readiness fails and new requests are refused. */
  stopAccepting(): void {
    this.#accepting = false;
  }

  /** Resolves true once no request is in flight, or false if some still are after `timeoutMs`. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.#inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.#idle = this.#idle.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      this.#idle.push(wake);
    });
  }
}
