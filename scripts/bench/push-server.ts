/**
 * One push-benchmark server in its own process, on 127.0.0.1 and a free port; prints `READY <port>`.
 *   --kind bayan : the real app (createApp: HTTP API, store, pipeline, publisher, Socket.IO), without the Next.js page
 *                  handler, which is not on the POST → push path; temp SQLite database.
 *   --kind sio   : the peer, a plain Socket.IO server that emits each POSTed statement to everyone and stores nothing.
 *   --kind ws    : the ceiling, a raw `ws` server that sends each POSTed statement's JSON to every socket.
 * Both peers send the StatementDTO Bayan would push for the statement (same fields, same byte size), one frame each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Server } from "socket.io";
import { WebSocketServer } from "ws";
import type { StatementDTO } from "../../lib/contract/dto";
import type { ActorKind } from "../../lib/domain/statement";
import type { GovernorateCode } from "../../lib/domain/governorates";
import { loadEnv } from "../../lib/env";
import { createApp } from "../../server/app";
import { BENCH_KEY } from "./lib";

const kind = process.argv[process.argv.indexOf("--kind") + 1];

interface BenchInput { actor: { id: string; nameAr: string; kind: ActorKind }; text: string; governorates: GovernorateCode[]; securityOperation: boolean }

/**
 * What Bayan pushes for a bench input: the full stored-statement DTO (same fields, same sizes: a 26-character id, three
 * ISO times), so the peers put the same bytes on the wire and the clients decode the same JSON as with Bayan.
 */
function peerStatement(s: BenchInput, seq: number): StatementDTO {
  const id = `01PEER${String(seq).padStart(20, "0")}`;
  const at = new Date().toISOString();
  return {
    id, seq, actor: { ...s.actor, nameEn: "" }, type: "statement", text: s.text, quote: false,
    statedAt: at, publishedAt: at, ingestedAt: at, source: { outlet: null, url: null, articleId: null },
    governorates: s.governorates, securityOperation: s.securityOperation, evidence: null,
    clusterId: id, echoOf: null, mentions: 1, demo: false,
  };
}

function listen(handler: (items: StatementDTO[]) => void) {
  let seq = 0;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { statements: BenchInput[] };
        const items = body.statements.map((s) => peerStatement(s, ++seq));
        handler(items);
        res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ data: { results: items.map((i) => ({ id: i.id, seq: i.seq })) } }));
      } catch {
        res.writeHead(400).end();
      }
    });
  });
}

async function main(): Promise<void> {
  let port: number;
  let stop: () => Promise<void>;
  if (kind === "bayan") {
    const dir = mkdtempSync(join(tmpdir(), "bayan-bench-"));
    const app = await createApp({
      env: loadEnv({ HOST: "127.0.0.1", PORT: "0", SQLITE_PATH: join(dir, "b.db"), DEMO: "off", LOG_LEVEL: "error", API_KEY: BENCH_KEY,
        // Every benchmark client connects from 127.0.0.1 with one key: lift the per-IP/per-key limits.
        RATE_WRITES_PER_MIN: "1000000", RATE_SOCKET_CONNECTS_PER_MIN: "1000000", RATE_SUBSCRIBES_PER_MIN: "1000000",
        // Passed through for side-by-side runs of the publisher's hold (e.g. PUSH_HOLD_MAX_MS=0 npm run bench:push).
        PUSH_HOLD_MAX_MS: process.env.PUSH_HOLD_MAX_MS }),
    });
    port = app.port;
    stop = async () => { await app.close(); rmSync(dir, { recursive: true, force: true }); };
  } else if (kind === "sio") {
    let io: Server | null = null;
    const http = listen((items) => { for (const s of items) io?.emit("statement:created", s); });
    io = new Server(http, { serveClient: false, perMessageDeflate: false });
    io.on("connection", (s) => s.on("feed:subscribe", (_req: unknown, ack: (r: unknown) => void) => ack({ ok: true, data: { missed: [], truncated: false, head: 0 } })));
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    port = (http.address() as { port: number }).port;
    stop = async () => { await io.close(); };
  } else if (kind === "ws") {
    let wss: WebSocketServer | null = null;
    const http = listen((items) => {
      for (const s of items) {
        const frame = JSON.stringify(s);
        for (const c of wss!.clients) c.send(frame);
      }
    });
    wss = new WebSocketServer({ server: http, perMessageDeflate: false });
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    port = (http.address() as { port: number }).port;
    stop = async () => { for (const c of wss.clients) c.terminate(); wss.close(); await new Promise((r) => http.close(r)); };
  } else {
    throw new Error(`--kind must be bayan, sio or ws (got ${String(kind)})`);
  }
  const shutdown = () => { void stop().finally(() => process.exit(0)); };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  process.on("disconnect", shutdown);
  process.stdout.write(`READY ${port}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
