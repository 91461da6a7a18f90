/**
 * What the soak reads about the server each sample, outside the server's own /metrics: the process's
 * resident memory split into anonymous (heap, malloc) and file-backed (code, SQLite's memory map)
 * pages from /proc/<pid>/status (Linux; NaN elsewhere), and the database and WAL file sizes.
 */
import { readFileSync, statSync } from "node:fs";

export interface ProcMemory { rssMB: number; anonMB: number; fileMB: number; shmemMB: number }

const MB = 1_048_576;

/** Parses the `RssAnon/RssFile/RssShmem/VmRSS: N kB` lines of /proc/<pid>/status. */
export function parseProcStatus(text: string): ProcMemory {
  const kb = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB$`, "m").exec(text);
    return m ? (Number(m[1]) * 1024) / MB : NaN;
  };
  return { rssMB: kb("VmRSS"), anonMB: kb("RssAnon"), fileMB: kb("RssFile"), shmemMB: kb("RssShmem") };
}

export function procMemory(pid: number | undefined): ProcMemory {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return { rssMB: NaN, anonMB: NaN, fileMB: NaN, shmemMB: NaN };
  }
}

export function fileMB(file: string): number {
  try {
    return statSync(file).size / MB;
  } catch {
    return 0;
  }
}

/** The value of one Prometheus sample line (`name{labels} value`); `labels` narrows to a label set substring. */
export function metricValue(text: string, name: string, labels = ""): number {
  const esc = labels.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`^${name}(?:\\{[^}]*${esc}[^}]*\\})? ([0-9.e+-]+)$`, "m").exec(text);
  return m ? Number(m[1]) : NaN;
}

/** Least-squares slope of y over x (per unit of x); null with fewer than two points. */
export function slope(points: { x: number; y: number }[]): number | null {
  const pts = points.filter((p) => Number.isFinite(p.y));
  if (pts.length < 2) return null;
  const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const my = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  const den = pts.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den > 0 ? pts.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / den : null;
}
