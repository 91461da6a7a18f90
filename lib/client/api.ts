/**
 * API fetcher: unwraps `{data}` envelopes, turns `{error:{code,message}}` into a typed ApiError.
 * Adds the viewer token from the page URL to every request.
 */
import type {
  ActorDetail, ActorSummary, GovernorateResponse, StatementDTO, StatementPage, TextMark, VolumeResponse,
} from "../contract/dto";
import type { Bucket, CountMode, Filter } from "../contract/schemas";
import { filterToParams } from "./filters";
import { viewerToken } from "./token";

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = "ApiError";
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

export async function apiGet<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const sp = new URLSearchParams(params);
  const token = viewerToken();
  if (token) sp.set("token", token);
  const qs = sp.toString();
  let res: Response;
  try {
    res = await fetch(`${path}${qs ? `?${qs}` : ""}`, { signal, headers: { accept: "application/json" } });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError("network", "The server could not be reached", 0);
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError("invalid_response", `Unexpected response (${res.status})`, res.status);
  }
  if (isRecord(body) && isRecord(body.error)) {
    const { code, message } = body.error;
    throw new ApiError(String(code ?? "internal"), String(message ?? "Request failed"), res.status);
  }
  if (!res.ok || !isRecord(body) || !("data" in body)) {
    throw new ApiError("invalid_response", `Unexpected response (${res.status})`, res.status);
  }
  return body.data as T;
}

/** Article context for the detail view. Tolerant of the server's exact field names. */
export interface StatementDetail {
  statement: StatementDTO;
  article: { text: string; title: string | null; url: string | null; outlet: string | null } | null;
  evidence: { start: number; end: number } | null;
  /** Every mention of the cluster (this statement included), oldest first. */
  mentions: StatementDTO[];
  /** Where the article names the actor and the statement's places (GET /api/statements/:id `marks`). */
  marks: TextMark[];
}

function isMark(v: unknown): v is TextMark {
  return isRecord(v) && typeof v.start === "number" && typeof v.end === "number" && v.end > v.start && (v.kind === "actor" || v.kind === "place");
}

function asStatement(v: unknown): StatementDTO | null {
  return isRecord(v) && typeof v.id === "string" && typeof v.seq === "number" ? (v as unknown as StatementDTO) : null;
}

export function normalizeDetail(raw: unknown): StatementDetail {
  const r = isRecord(raw) ? raw : {};
  const statement = asStatement(r.statement) ?? asStatement(r);
  if (!statement) throw new ApiError("invalid_response", "Malformed statement", 200);
  const a = isRecord(r.article) ? r.article : null;
  const text = typeof a?.text === "string" ? a.text : typeof r.articleText === "string" ? r.articleText : null;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const ev = isRecord(r.evidence) ? r.evidence : statement.evidence;
  const evidence = ev && typeof ev.start === "number" && typeof ev.end === "number" ? { start: ev.start, end: ev.end } : null;
  const rawMentions = Array.isArray(r.mentions) ? r.mentions : Array.isArray(r.cluster) ? r.cluster : [];
  const mentions = rawMentions.map(asStatement).filter((s): s is StatementDTO => s !== null);
  return {
    statement,
    article: text === null ? null : { text, title: str(a?.title), url: str(a?.url), outlet: str(a?.outlet) },
    evidence,
    marks: Array.isArray(r.marks) ? r.marks.filter(isMark) : [],
    mentions: (mentions.some((m) => m.id === statement.id) ? mentions : [statement, ...mentions]).sort((x, y) => x.seq - y.seq),
  };
}

export const api = {
  statements: (f: Filter, opts: { before?: number; after?: number; limit?: number }, signal?: AbortSignal) => {
    const sp = filterToParams(f);
    if (opts.before !== undefined) sp.set("before", String(opts.before));
    if (opts.after !== undefined) sp.set("after", String(opts.after));
    sp.set("limit", String(opts.limit ?? 100));
    return apiGet<StatementPage>("/api/statements", sp, signal);
  },
  statement: async (id: string, signal?: AbortSignal) =>
    normalizeDetail(await apiGet<unknown>(`/api/statements/${encodeURIComponent(id)}`, undefined, signal)),
  volume: (f: Filter, count: CountMode, top: number, signal?: AbortSignal, bucket?: Bucket) => {
    const sp = filterToParams(f);
    if (bucket) sp.set("bucket", bucket);
    sp.set("count", count);
    sp.set("top", String(top));
    return apiGet<VolumeResponse>("/api/volume", sp, signal);
  },
  governorates: (f: Filter, signal?: AbortSignal) =>
    apiGet<GovernorateResponse>("/api/governorates", filterToParams(f), signal),
  /** With `filter` (its actors ignored), each actor carries `matching` for that filter. */
  actors: (q: string, limit: number, signal?: AbortSignal, filter?: Filter) => {
    const sp = filter ? filterToParams({ ...filter, actors: undefined }) : new URLSearchParams();
    sp.set("limit", String(limit));
    if (q) sp.set("q", q);
    return apiGet<ActorSummary[]>("/api/actors", sp, signal);
  },
  actor: (id: string, f: Filter, signal?: AbortSignal) =>
    apiGet<ActorDetail>(`/api/actors/${encodeURIComponent(id)}`, filterToParams(f), signal),
};
