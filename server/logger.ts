/**
 * Structured logs with pino, behind the small `Logger` interface the rest of the server uses
 * (`log.info(msg, fields)`, `log.child("component")`). LOG_FORMAT=json writes pino's JSON lines
 * as they are; `pretty` reformats each line for humans (same fields). Secrets are redacted by pino
 * (`redact` paths: API keys, authorization, cookies, tokens) and URLs pass through `redactUrl()`.
 */
import { pino, type Logger as PinoLogger } from "pino";

export type LogLevel = "debug" | "info" | "warn" | "error";
type Threshold = LogLevel | "silent";

const COLOR: Record<LogLevel, string> = { debug: "\x1b[90m", info: "\x1b[36m", warn: "\x1b[33m", error: "\x1b[31m" };
const LEVEL_NAME: Record<number, LogLevel> = { 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "error" };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger for a component (`http`, `pipeline`…). */
  child(component: string): Logger;
  /** The same component with fields added to every line (e.g. `reqId`). */
  with(bindings: LogFields): Logger;
}

export interface LoggerOptions {
  level: Threshold;
  format: "pretty" | "json";
  component?: string;
  /** Where lines go (defaults to stdout for debug/info, stderr for warn/error). */
  write?: (line: string, level: LogLevel) => void;
}

/** Field paths whose values never reach a log line. */
export const REDACT_PATHS = [
  "apiKey", "token", "secret", "password", "authorization", "cookie",
  "*.apiKey", "*.token", "*.secret", "*.password", "*.authorization", "*.cookie",
  'headers["x-api-key"]', 'headers["x-viewer-token"]', "headers.authorization", "headers.cookie", 'headers["set-cookie"]',
  'req.headers["x-api-key"]', 'req.headers["x-viewer-token"]', "req.headers.authorization", "req.headers.cookie",
];

const SECRET_PARAMS = /^(token|api_?key|apikey|key|access_token|secret|password)$/i;

/** `/api/x?token=abc&limit=5` → `/api/x?token=[REDACTED]&limit=5` (path kept, secret query values hidden). */
export function redactUrl(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const parts = url.slice(q + 1).split("&").map((p) => {
    const eq = p.indexOf("=");
    const name = eq < 0 ? p : p.slice(0, eq);
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch { /* keep the raw name */ }
    return eq >= 0 && SECRET_PARAMS.test(decoded) ? `${name}=[REDACTED]` : p;
  });
  return `${url.slice(0, q)}?${parts.join("&")}`;
}

function defaultWrite(line: string, level: LogLevel): void {
  (level === "warn" || level === "error" ? process.stderr : process.stdout).write(line + "\n");
}

/** pino's JSON line → `HH:MM:SS.mmm level [component] msg {fields}` (+ stack). */
function prettyLine(json: string, colors: boolean): { line: string; level: LogLevel } {
  const o = JSON.parse(json) as Record<string, unknown>;
  const level = LEVEL_NAME[o.level as number] ?? "info";
  const { time, level: _l, msg, component, err, ...rest } = o;
  const t = new Date(typeof time === "number" ? time : Date.now()).toISOString().slice(11, 23);
  const lvl = colors ? `${COLOR[level]}${level.padEnd(5)}\x1b[0m` : level.padEnd(5);
  const comp = typeof component === "string" ? ` [${component}]` : "";
  const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : "";
  const stack = err && typeof err === "object" && "stack" in err ? `\n${String((err as { stack?: unknown }).stack)}` : err !== undefined ? ` err=${JSON.stringify(err)}` : "";
  return { line: `${t} ${lvl}${comp} ${String(msg ?? "")}${extra}${stack}`, level };
}

function wrap(p: PinoLogger): Logger {
  const call = (level: LogLevel) => (msg: string, fields?: LogFields) => {
    if (fields && Object.keys(fields).length) p[level](fields, msg);
    else p[level](msg);
  };
  return {
    debug: call("debug"),
    info: call("info"),
    warn: call("warn"),
    error: call("error"),
    child(component) {
      const parent = p.bindings().component;
      return wrap(p.child({ component: typeof parent === "string" ? `${parent}.${component}` : component }));
    },
    with(bindings) {
      return wrap(p.child(bindings));
    },
  };
}

export function createLogger(opts: LoggerOptions): Logger {
  const write = opts.write ?? defaultWrite;
  const colors = opts.format === "pretty" && process.stdout.isTTY === true;
  const destination = {
    write(chunk: string) {
      const json = chunk.endsWith("\n") ? chunk.slice(0, -1) : chunk;
      if (opts.format === "json") {
        const lv = /"level":"(\w+)"/.exec(json)?.[1];
        write(json, lv === "debug" || lv === "warn" || lv === "error" ? lv : "info");
        return;
      }
      const { line, level } = prettyLine(json, colors);
      write(line, level);
    },
  };
  const p = pino(
    {
      level: opts.level,
      base: opts.component ? { component: opts.component } : {},
      timestamp: opts.format === "json" ? pino.stdTimeFunctions.isoTime : pino.stdTimeFunctions.epochTime,
      redact: { paths: REDACT_PATHS, censor: "[REDACTED]" },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      formatters: { level: (_label, number) => ({ level: opts.format === "json" ? (LEVEL_NAME[number] ?? number) : number }) },
    },
    destination,
  );
  return wrap(p);
}

/** A logger that drops everything (tests that do not care). */
export const silentLogger: Logger = createLogger({ level: "silent", format: "json" });
