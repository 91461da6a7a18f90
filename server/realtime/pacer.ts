/**
 * The publisher's flush pacing: when may the next flush run? Pure (times are passed in), so the policy is tested
 * with plain numbers.
 *
 * A broadcast's cost is paid per frame: a Socket.IO emit writes one frame to every socket of its rooms (the kernel's
 * writev for each socket was most of the server's CPU under fan-out), and every client decodes it. So when
 * statements come faster than frames can be afforded, several per frame is what keeps a busy server ahead.
 *
 * - After a flush whose emits took c ms, the next flush may wait until HOLD_FACTOR x c ms after it ended (at most
 *   `maxHoldMs`): broadcasting then takes at most 1 / (1 + holdFactor) of the event loop, and the hold grows with the
 *   fan-out's cost (well under 1 ms for a few sockets, about 10 ms for 1,000 on the 2-core bench machine).
 * - The hold applies only when the arrival rate says at least one more statement will come within it
 *   (rate x hold >= 1), i.e. when it at least halves the frames per statement; otherwise it would only add delay.
 * - The rate is an exponentially decayed count of arrivals (time constant RATE_TAU_MS), so a quiet second resets it:
 *   a lone statement after a pause always goes out at once.
 */
import { DecayingRate } from "../../lib/rate";

/** Hold = HOLD_FACTOR x the last flush's cost: broadcasts take at most a quarter of the loop. */
export const HOLD_FACTOR = 3;
/** Time constant of the arrival-rate estimate (ms). */
export const RATE_TAU_MS = 1000;

export class FlushPacer {
  private readonly maxHoldMs: number;
  private readonly rate = new DecayingRate(RATE_TAU_MS);
  private holdUntil = Number.NEGATIVE_INFINITY;

  /** `maxHoldMs`: upper bound of a hold (PUSH_HOLD_MAX_MS); 0 never holds. */
  constructor(opts: { maxHoldMs: number }) {
    this.maxHoldMs = Math.max(0, opts.maxHoldMs);
  }

  /** Records `n` statements arriving at `t` (ms). */
  arrived(n: number, t: number): void {
    this.rate.add(n, t);
  }

  /** Arrival rate (statements/s) estimated at `t`. */
  ratePerSecond(t: number): number {
    return this.rate.perMs(t) * 1000;
  }

  /** Records a flush whose emits ran from `start` to `end` (ms); sets the hold for the next one. */
  flushed(start: number, end: number): void {
    const hold = Math.min(this.maxHoldMs, HOLD_FACTOR * Math.max(0, end - start));
    this.holdUntil = hold > 0 && this.rate.perMs(end) * hold >= 1 ? end + hold : Number.NEGATIVE_INFINITY;
  }

  /** How long (ms) a flush wanted at `t` should wait: 0 = at once. */
  waitMs(t: number): number {
    return Math.max(0, this.holdUntil - t);
  }
}
