/** Types of the custom server's HTTP layer. Route modules export a `RouteModule`. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppContext } from "../context";
import type { Logger } from "../logger";
import type { Need, Principal } from "./auth";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call a route: "public" (anyone), or a role (a key of that role or higher: admin ⊇ ingest ⊇ viewer;
 * "viewer" is open to anonymous callers unless READ_ACCESS=token). See ./auth.ts.
 * "read" and "write" are the former names, kept for route modules written before roles: read = viewer, write = admin.
 */
export type Access = Need | "read" | "write";

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Path parameters (`:id`), URL-decoded. */
  params: Record<string, string>;
  /** Query string; repeated keys are joined with "," (the filter schemas split on commas). */
  query: Record<string, string>;
  app: AppContext;
  log: Logger;
  /** The caller's key (null: anonymous, on public routes and open reads). */
  principal: Principal | null;
  /** Reads and parses a JSON body (415 unless application/json, 413 over the limit, 400 invalid_json). */
  json(opts?: { maxBytes?: number }): Promise<unknown>;
  /** Reads the raw body (413 over the limit; defaults to INGEST_MAX_BODY_BYTES). */
  body(opts?: { maxBytes?: number }): Promise<Buffer>;
}

export interface Reply {
  /** Defaults to 200. */
  status?: number;
  /** Wrapped as `{ data }`. */
  data: unknown;
  headers?: Record<string, string>;
}

/** A streamed response: headers first, then `stream` writes the body (errors after the headers cut the response). */
export interface StreamReply {
  status?: number;
  headers: Record<string, string>;
  /** `write` resolves when the client can take more; false once the client went away (stop). */
  stream(write: (chunk: string) => Promise<boolean>): Promise<void>;
}

export interface Route {
  method: HttpMethod;
  /** e.g. "/api/statements/:id" */
  path: string;
  access: Access;
  handler(rc: RequestContext): Promise<Reply | StreamReply> | Reply | StreamReply;
}

/** A route module: a function of the app context returning its routes. */
export type RouteModule = (app: AppContext) => Route[];
