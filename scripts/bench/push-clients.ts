/**
 * Load-generator process for the push benchmark (forked by push.ts): opens `--n` websocket clients of `--kind`
 * (socket.io-client for bayan/sio, raw `ws` for ws), subscribes them with `feed:subscribe {filter}` (`--filter` JSON,
 * default `{}`: everything; bench:ingest follows one actor), and records the
 * receive time of every statement (its index is in the text, `#<i>#`). Talks to the parent over IPC:
 *   → { ready: n }            after every client connected and subscribed
 *   ← { report: startTimes }  → { latencies, received } (latency = receive time minus the start of that POST)
 *   ← { close: true }         disconnects everything and exits
 */
import { io as connect, type Socket } from "socket.io-client";
import WebSocket from "ws";
import { BENCH_KEY, now } from "./lib";

const arg = (k: string): string => process.argv[process.argv.indexOf(`--${k}`) + 1] ?? "";
const kind = arg("kind");
const url = arg("url");
const n = Number(arg("n"));
const idle = process.argv.includes("--idle");
const filter = process.argv.includes("--filter") ? (JSON.parse(arg("filter")) as Record<string, unknown>) : {};

const received: { i: number; t: number }[] = [];
const INDEX = /#(\d+)#/;
/** bench:ingest articles carry their index in the URL (the statements' text is extracted from the article). */
const ARTICLE = /\/bench-article\/(\d+)$/;
const onStatement = (s: { text?: unknown; source?: { url?: unknown } }): void => {
  const t = now();
  const m = (typeof s.text === "string" ? INDEX.exec(s.text) : null) ?? (typeof s.source?.url === "string" ? ARTICLE.exec(s.source.url) : null);
  if (m) received.push({ i: Number(m[1]), t });
};

const closers: (() => void)[] = [];

async function openOne(): Promise<void> {
  if (kind === "ws") {
    const ws = new WebSocket(url.replace(/^http/, "ws"), { perMessageDeflate: false });
    await new Promise<void>((res, rej) => { ws.once("open", () => res()); ws.once("error", rej); });
    if (!idle) ws.on("message", (d) => onStatement(JSON.parse(String(d)) as { text?: unknown }));
    closers.push(() => ws.terminate());
    return;
  }
  const s: Socket = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false, auth: { apiKey: BENCH_KEY } });
  await new Promise<void>((res, rej) => { s.once("connect", () => res()); s.once("connect_error", rej); });
  if (!idle) {
    s.on("statement:created", onStatement);
    s.on("statements:created", (xs: { text?: unknown; source?: { url?: unknown } }[]) => xs.forEach(onStatement));
    await s.timeout(30_000).emitWithAck("feed:subscribe", { filter });
  }
  closers.push(() => s.disconnect());
}

async function main(): Promise<void> {
  // Connect in small concurrent waves so 10,000 handshakes do not time out on 2 cores.
  for (let done = 0; done < n; done += 50) {
    await Promise.all(Array.from({ length: Math.min(50, n - done) }, () => openOne()));
  }
  process.send?.({ ready: n });
  process.on("message", (m: { report?: number[]; close?: boolean }) => {
    if (m.report) {
      const starts = m.report;
      // A report covers one measured run: later runs (bench:ingest steps) start from a clean slate.
      const latencies = received.filter((r) => starts[r.i] !== undefined).map((r) => r.t - starts[r.i]!);
      process.send?.({ latencies, received: received.length });
      received.length = 0;
    }
    if (m.close) {
      for (const c of closers) c();
      setTimeout(() => process.exit(0), 200);
    }
  });
  process.on("disconnect", () => process.exit(0));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
