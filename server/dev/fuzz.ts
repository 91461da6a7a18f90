/**
 * Property-based fuzzing (fast-check) of a running app: every /api route of the router and every
 * client→server Socket.IO event of the contract get generated inputs (random JSON shapes, huge
 * strings, deep nesting, invalid UTF-8, control characters, wrong types, `__proto__`/`constructor`
 * keys, wrong content types, odd methods and paths). Property: no 5xx, the server stays alive,
 * RSS stays bounded. Used by tests/integration/fuzz.test.ts (short) and scripts/fuzz.ts (long).
 */
import { request } from "node:http";
import fc from "fast-check";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/contract/events";

export interface FuzzTarget {
  url: string;
  apiKey: string;
  routes: { method: string; path: string; access: string }[];
  /** Resident set size of the server process in bytes (in-process: process.memoryUsage().rss). */
  rss(): number | Promise<number>;
}

export interface FuzzFailure {
  target: string;
  input: string;
  problem: string;
}

export interface FuzzReport {
  targets: { name: string; runs: number; statuses: Record<string, number>; ms: number }[];
  failures: FuzzFailure[];
  rssStartMb: number;
  rssPeakMb: number;
  rssEndMb: number;
}

/** Socket events of the contract (ClientToServerEvents), plus names the server does not know. */
export const SOCKET_EVENTS = ["feed:subscribe", "feed:unsubscribe"] as const satisfies readonly (keyof ClientToServerEvents)[];

const NASTY_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "then", "length"];
const FIELD_NAMES = [
  "statements", "actor", "id", "nameAr", "nameEn", "kind", "type", "text", "statedAt", "source", "outlet", "url", "governorates",
  "securityOperation", "idempotencyKey", "html", "title", "publishedAt", "language", "role", "name", "filter", "cursor", "actors",
  "types", "security", "aliases", "into", "from", "enabled", "intervalSeconds",
];
const QUERY_NAMES = ["actors", "gov", "governorates", "types", "security", "from", "to", "range", "limit", "before", "after", "echoes",
  "bucket", "count", "top", "format", "q", "token", "lang"];

/**
 * Largest generated values (characters / nesting depth / body bytes). `fuzz()` sets them from
 * FuzzOptions.big before running (one run per process at a time): generation reads them lazily.
 */
const sizes = { string: 200_000, depth: 200_000, body: 3_000_000 };
const upTo = (key: keyof typeof sizes, min = 1) => fc.double({ min: 0, max: 1, noNaN: true }).map((f) => Math.max(min, Math.floor(f * sizes[key])));

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const weirdString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  controlChars,
  fc.constantFrom("", " ", "null", "undefined", "NaN", "-1", "1e309", "0x10", "../../etc/passwd", "%00", "\u0000", "\ud800",
    "javascript:alert(1)", "SY-DI", "statement", "2026-01-01T00:00:00Z", "تصريح", "'; DROP TABLE statements; --", "__proto__",
    "%%%C3%28%FF%FE", "%%%E0%80%AF", "%%%", "%%%ZZ%", "%%%00", "csv", "ndjson", "1", "true", "all", "day", "mentions", "SY-HL,SY-DI"),
  upTo("string").map((n) => "x".repeat(n)),
);
const key = fc.oneof(fc.constantFrom(...NASTY_KEYS, ...FIELD_NAMES), fc.string({ maxLength: 12 }));

/** Random JSON values including prototype-polluting keys and plausible field names. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null), fc.boolean(), fc.double(), fc.integer(), weirdString,
    fc.array(tie("value"), { maxLength: 6 }),
    fc.dictionary(key, tie("value"), { maxKeys: 6 }),
  ),
})).value;

/** Deeply nested JSON text (too deep for naive recursive code). */
const deepJson = fc.tuple(upTo("depth", 100), fc.boolean()).map(([depth, obj]) =>
  obj ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}` : `${"[".repeat(depth)}${"]".repeat(depth)}`);

/** A plausible statement batch with one field replaced by garbage (reaches deeper validation paths). */
const nearlyValidBatch = fc.tuple(fc.constantFrom(...FIELD_NAMES), jsonValue, fc.integer({ min: 1, max: 3 })).map(([field, v, n]) => {
  const item: Record<string, unknown> = {
    actor: { id: "fuzz-actor", nameAr: "جهة", nameEn: "Fuzz", kind: "government" }, type: "statement", text: "قال المتحدث إن العمل مستمر.",
    statedAt: new Date().toISOString(), source: { outlet: "Fuzz", url: null }, governorates: ["SY-DI"], securityOperation: false,
  };
  item[field] = v;
  return JSON.stringify({ statements: Array.from({ length: n }, () => item) });
});

export type Body = { kind: "none" } | { kind: "text"; text: string } | { kind: "bytes"; bytes: Uint8Array };
const body: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({ kind: "none" }),
  jsonValue.map((v): Body => ({ kind: "text", text: JSON.stringify(v) ?? "null" })),
  nearlyValidBatch.map((t): Body => ({ kind: "text", text: t })),
  deepJson.map((t): Body => ({ kind: "text", text: t })),
  weirdString.map((t): Body => ({ kind: "text", text: t })),
  fc.uint8Array({ maxLength: 2000 }).map((b): Body => ({ kind: "bytes", bytes: b })),
  // invalid UTF-8 inside a JSON string
  fc.uint8Array({ minLength: 1, maxLength: 50 }).map((b): Body => ({
    kind: "bytes", bytes: Buffer.concat([Buffer.from('{"statements":[{"text":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, ...b]), Buffer.from('"}]}')]),
  })),
  upTo("body", 1000).map((n): Body => ({ kind: "text", text: `{"text":"${"ب".repeat(Math.floor(n / 2))}"}` })),
);

const contentType = fc.option(
  fc.constantFrom("application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain", "text/html",
    "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/octet-stream", "application/ndjson", "json", ";;;", "\u00ff"),
  { nil: undefined },
);

export interface HttpInput {
  method: string;
  path: string;
  query: [string, string][];
  contentType: string | undefined;
  auth: "admin" | "none" | "garbage";
  body: Body;
}

/** Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD; encodeURIComponent would throw). A `%%` prefix sends the rest raw (invalid escapes, invalid UTF-8). */
function pct(v: string): string {
  if (v.startsWith("%%")) return v.slice(2).replace(/[^\x21-\x7e]/g, "_").replace(/[?#]/g, "_");
  let out = "";
  for (const b of Buffer.from(v, "utf8")) out += /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, "0").toUpperCase()}`;
  return out;
}

function fillParams(path: string, values: string[]): string {
  let i = 0;
  return path.replace(/:[A-Za-z]+/g, () => pct(values[i++] ?? "x"));
}

function httpInput(route: { method: string; path: string }): fc.Arbitrary<HttpInput> {
  return fc.record({
    method: fc.oneof({ weight: 8, arbitrary: fc.constant(route.method) }, { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS") }),
    path: fc.oneof(
      { weight: 8, arbitrary: fc.array(weirdString, { minLength: 3, maxLength: 3 }).map((v) => fillParams(route.path, v)) },
      { weight: 1, arbitrary: fc.constantFrom(`${route.path}/`, `${route.path}//x`, `${route.path}/%ZZ`, `${route.path}/..%2f..%2fetc`) },
    ),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_NAMES), fc.string({ maxLength: 8 })), weirdString), { maxLength: 5 }),
    contentType,
    auth: fc.constantFrom("admin", "admin", "admin", "none", "garbage"),
    body,
  });
}

/** Sends one request with raw bytes (fetch would re-encode). Resolves with the status (0: the server cut the connection). */
function send(url: string, apiKey: string, input: HttpInput): Promise<number> {
  const u = new URL(url);
  const qs = input.query.map(([k, v]) => `${pct(k)}=${pct(v)}`).join("&");
  const payload = input.body.kind === "none" ? null : input.body.kind === "text" ? Buffer.from(input.body.text) : Buffer.from(input.body.bytes);
  const headers: Record<string, string> = {};
  if (input.contentType !== undefined) headers["content-type"] = input.contentType;
  if (input.auth === "admin") headers["x-api-key"] = apiKey;
  if (input.auth === "garbage") headers.authorization = "Bearer \u00e9\u00ff garbage";
  if (payload) headers["content-length"] = String(payload.length);
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = request({ host: u.hostname, port: u.port, method: input.method, path: `${input.path}${qs ? `?${qs}` : ""}`, headers, timeout: 30_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(res.statusCode ?? 0));
    });
    } catch (e) {
      reject(new Error(`the fuzzer built a request Node cannot send: ${String(e)}`));
      return;
    }
    req.on("error", () => resolve(0));
    req.on("timeout", () => {
      req.destroy();
      resolve(-1);
    });
    req.end(payload ?? undefined);
  });
}

async function alive(url: string): Promise<boolean> {
  try {
    const r = await fetch(`${url}/healthz`);
    await r.arrayBuffer();
    return r.status === 200;
  } catch {
    return false;
  }
}

const describeInput = (x: unknown): string => {
  const s = JSON.stringify(x, (_k, v: unknown) => (v instanceof Uint8Array ? `<${v.length} bytes>` : typeof v === "string" && v.length > 200 ? `${v.slice(0, 80)}…(${v.length} chars)` : v));
  return s.length > 600 ? `${s.slice(0, 600)}…` : s;
};

/** fast-check's failure message, with the thrown error (its `cause`) and without the huge counterexample. */
function fuzzerError(e: unknown): string {
  const cause = e instanceof Error && e.cause !== undefined ? ` cause: ${e.cause instanceof Error ? (e.cause.stack ?? e.cause.message) : String(e.cause)}` : "";
  return `${String(e).split("\n").filter((l) => !l.startsWith("Counterexample")).join(" ").slice(0, 300)}${cause.slice(0, 600)}`;
}

const RESERVED = new Set(["connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener"]);

type FuzzSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One socket input: a contract event (or an unknown name) with random arguments, with or without an ack; or a raw frame. */
const socketInput = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    kind: fc.constant("event" as const),
    event: fc.oneof({ weight: 5, arbitrary: fc.constantFrom<string>(...SOCKET_EVENTS) }, { weight: 1, arbitrary: fc.oneof(weirdString, fc.constantFrom("connect", "disconnect", "error", "__proto__", "constructor")) }),
    args: fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.oneof(jsonValue, fc.record({ filter: fc.dictionary(fc.constantFrom("actors", "governorates", "types", "security", "__proto__"), jsonValue), cursor: jsonValue }))) },
      { weight: 1, arbitrary: fc.array(jsonValue, { maxLength: 3 }) },
    ),
    ack: fc.boolean(),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("raw" as const), frame: fc.oneof(weirdString, fc.constantFrom('42["feed:subscribe",', "4", "2probe", '451-["feed:subscribe",{"_placeholder":true,"num":9}]')) }) },
);

async function connectSocket(url: string, apiKey: string): Promise<FuzzSocket> {
  const s: FuzzSocket = connect(url, { transports: ["websocket"], reconnection: false, auth: { apiKey }, timeout: 10_000 });
  await new Promise<void>((resolve, reject) => {
    s.once("connect", () => resolve());
    s.once("connect_error", reject);
  });
  return s;
}

export interface FuzzOptions {
  /** Generated inputs per HTTP route and per socket event. */
  runs: number;
  /** Fixed seed for reproducible runs (printed in the report). */
  seed?: number;
  /** Endpoints fuzzed at the same time. */
  concurrency?: number;
  /** Scale of the biggest inputs: "full" (bodies up to 3 MB, 200k-deep nesting) or "light" (1/20 of that, for the test run). */
  big?: "full" | "light";
  /** Only the targets whose name matches (e.g. /export/); default all. */
  only?: RegExp;
  /** RSS ceiling in MB (property fails above it). */
  maxRssMb?: number;
  onProgress?: (line: string) => void;
}

export async function fuzz(target: FuzzTarget, opts: FuzzOptions): Promise<FuzzReport> {
  const seed = opts.seed ?? Date.now() % 2 ** 31;
  const div = opts.big === "light" ? 20 : 1;
  Object.assign(sizes, { string: 200_000 / div, depth: 200_000 / div, body: 3_000_000 / div });
  const maxRss = (opts.maxRssMb ?? 1536) * 1024 * 1024;
  const failures: FuzzFailure[] = [];
  const report: FuzzReport = { targets: [], failures, rssStartMb: 0, rssPeakMb: 0, rssEndMb: 0 };
  const mb = (b: number) => Math.round(b / 1024 / 1024);
  report.rssStartMb = mb(await target.rss());
  let peak = await target.rss();
  const checkRss = async () => {
    const r = await target.rss();
    peak = Math.max(peak, r);
    return r;
  };

  const jobs: (() => Promise<void>)[] = [];
  for (const route of target.routes) {
    const name = `${route.method} ${route.path}`;
    if (opts.only && !opts.only.test(name)) continue;
    jobs.push(async () => {
      const statuses: Record<string, number> = {};
      const started = Date.now();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(httpInput(route), async (input) => {
          const status = await send(target.url, target.apiKey, input);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (++n % 50 === 0 && (await checkRss()) > maxRss) {
            failures.push({ target: name, input: describeInput(input), problem: `RSS above ${mb(maxRss)} MB` });
            return false;
          }
          if (status >= 500 || status === -1) {
            failures.push({ target: name, input: describeInput(input), problem: status === -1 ? "no answer within 30 s" : `status ${status}` });
            return false;
          }
          if (status === 0 && !(await alive(target.url))) {
            failures.push({ target: name, input: describeInput(input), problem: "server not alive after this input" });
            return false;
          }
          return true;
        }),
        { numRuns: opts.runs, seed, endOnFailure: true, verbose: 0 },
      ).catch((e: unknown) => {
        if (!failures.some((f) => f.target === name)) failures.push({ target: name, input: "-", problem: `fuzzer error: ${fuzzerError(e)}` });
      });
      report.targets.push({ name, runs: n, statuses, ms: Date.now() - started });
      opts.onProgress?.(`${name}: ${n} inputs, ${JSON.stringify(statuses)}, ${Date.now() - started} ms`);
    });
  }
  for (const event of [...SOCKET_EVENTS, "(other events and raw frames)"]) {
    if (opts.only && !opts.only.test(`socket ${event}`)) continue;
    jobs.push(async () => {
      const statuses: Record<string, number> = {};
      const started = Date.now();
      let n = 0;
      let socket = await connectSocket(target.url, target.apiKey);
      const arb = event.startsWith("(") ? socketInput : socketInput.filter((i) => i.kind === "event").map((i) => ({ ...i, event }));
      await fc.assert(
        fc.asyncProperty(arb, async (input) => {
          n++;
          if (!socket.connected) {
            statuses.reconnect = (statuses.reconnect ?? 0) + 1;
            socket.close();
            try {
              socket = await connectSocket(target.url, target.apiKey);
            } catch (e) {
              failures.push({ target: event, input: describeInput(input), problem: `cannot reconnect: ${String(e)}` });
              return false;
            }
          }
          if (input.kind === "raw") {
            socket.io.engine.send(input.frame);
            statuses.raw = (statuses.raw ?? 0) + 1;
          } else if (RESERVED.has(input.event)) {
            // socket.io-client refuses to emit these names: send the encoded packet itself.
            socket.io.engine.send(`42${JSON.stringify([input.event, ...input.args])}`);
            statuses.reserved = (statuses.reserved ?? 0) + 1;
          } else if (input.ack && !(SOCKET_EVENTS as readonly string[]).includes(input.event)) {
            // Unknown events are ignored by the server (no ack ever comes): send with an ack callback, do not wait for it.
            (socket as unknown as { emit(ev: string, ...a: unknown[]): void }).emit(input.event, ...input.args, () => undefined);
            statuses.unknown = (statuses.unknown ?? 0) + 1;
          } else if (input.ack) {
            const res = await (socket.timeout(2000) as unknown as { emitWithAck(ev: string, ...a: unknown[]): Promise<unknown> })
              .emitWithAck(input.event, ...(input.event === "feed:unsubscribe" && input.args.length === 1 ? [] : input.args)).catch(() => "no-ack");
            const okShape = res === "no-ack" || (typeof res === "object" && res !== null && typeof (res as { ok?: unknown }).ok === "boolean");
            const code = res === "no-ack" ? "no-ack" : (res as { ok: boolean; error?: { code?: string } }).ok ? "ok" : ((res as { error?: { code?: string } }).error?.code ?? "?");
            statuses[code] = (statuses[code] ?? 0) + 1;
            if (!okShape) {
              failures.push({ target: event, input: describeInput(input), problem: `ack is not an Ack: ${describeInput(res)}` });
              return false;
            }
            if (code === "internal") {
              failures.push({ target: event, input: describeInput(input), problem: "ack with code internal" });
              return false;
            }
          } else {
            (socket as unknown as { emit(ev: string, ...a: unknown[]): void }).emit(input.event, ...input.args);
            statuses.sent = (statuses.sent ?? 0) + 1;
          }
          if (n % 50 === 0 && (await checkRss()) > maxRss) {
            failures.push({ target: event, input: describeInput(input), problem: `RSS above ${mb(maxRss)} MB` });
            return false;
          }
          if (n % 25 === 0 && !(await alive(target.url))) {
            failures.push({ target: event, input: describeInput(input), problem: "server not alive" });
            return false;
          }
          return true;
        }),
        { numRuns: opts.runs, seed, endOnFailure: true, verbose: 0 },
      ).catch((e: unknown) => {
        if (!failures.some((f) => f.target === event)) failures.push({ target: event, input: "-", problem: `fuzzer error: ${fuzzerError(e)}` });
      });
      socket.close();
      report.targets.push({ name: `socket ${event}`, runs: n, statuses, ms: Date.now() - started });
      opts.onProgress?.(`socket ${event}: ${n} inputs, ${JSON.stringify(statuses)}, ${Date.now() - started} ms`);
    });
  }

  const concurrency = Math.max(1, opts.concurrency ?? 4);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < jobs.length) await jobs[next++]!();
  }));
  report.rssPeakMb = mb(Math.max(peak, await checkRss()));
  report.rssEndMb = mb(await target.rss());
  if (!(await alive(target.url))) failures.push({ target: "server", input: "-", problem: "not alive at the end" });
  return report;
}
