"use client";
/**
 * Self-healing after a client-side crash. The usual cause on a wall screen is a lazily loaded
 * chunk that failed while the server was restarting (ChunkLoadError); a page stuck on an error
 * screen would be silently stale forever. So: wait until the server answers `/api/health`, then
 * reload. Reload attempts back off (kept in sessionStorage) so a real bug cannot cause a tight loop.
 */
import { useEffect, useState } from "react";

const KEY = "bayan:recovery";
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
/** Attempts older than this are forgotten: a page that ran fine for a while starts again at BASE. */
const RESET_AFTER_MS = 10 * 60_000;

interface Attempts { n: number; at: number }

function readAttempts(now: number): Attempts {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Attempts | null;
    if (raw && typeof raw.n === "number" && typeof raw.at === "number" && now - raw.at < RESET_AFTER_MS) return raw;
  } catch { /* storage unavailable or corrupt: start over */ }
  return { n: 0, at: now };
}

/** Milliseconds before the next reload attempt, given how many were made recently. */
export function recoveryDelay(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempts);
}

async function serverUp(): Promise<boolean> {
  try {
    const res = await fetch("/api/health", { cache: "no-store" });
    return res.ok;
  } catch {
    return false;
  }
}

/** Returns the seconds until the next attempt (for display); reloads the page when the server is back. */
export function useRecovery(): number {
  const [secondsLeft, setSecondsLeft] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempts = readAttempts(Date.now());
    const due = Date.now() + recoveryDelay(attempts.n);
    const tick = async () => {
      if (cancelled) return;
      const left = due - Date.now();
      setSecondsLeft(Math.max(0, Math.ceil(left / 1000)));
      if (left <= 0 && (await serverUp())) {
        try { sessionStorage.setItem(KEY, JSON.stringify({ n: attempts.n + 1, at: Date.now() })); } catch { /* ignore */ }
        window.location.reload();
        return;
      }
      timer = setTimeout(() => void tick(), 1_000);
    };
    void tick();
    return () => { cancelled = true; if (timer) clearTimeout(timer); };
  }, []);
  return secondsLeft;
}
