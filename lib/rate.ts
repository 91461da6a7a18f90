/**
 * An arrival-rate estimate: an exponentially decayed count of events (time constant `tauMs`), so a burst is seen within a
 * few events and a quiet second or two forgets it. Pure: times (ms, any monotonic origin) are passed in.
 */
export class DecayingRate {
  /** Events per ms, as of `at`. */
  private rate = 0;
  private at = 0;

  constructor(private readonly tauMs = 1000) {}

  /** Records `n` events at time `t`. */
  add(n: number, t: number): void {
    this.rate = this.perMs(t) + n / this.tauMs;
    this.at = t;
  }

  /** Estimated events per ms at time `t`. */
  perMs(t: number): number {
    return this.rate * Math.exp(-Math.max(0, t - this.at) / this.tauMs);
  }
}
