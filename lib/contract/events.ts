/**
 * The one Socket.IO contract, shared by the server (server/realtime) and the browser (lib/client).
 * Pushes are past tense; requests are imperative and answered through an ack.
 */
import type { StatementDTO } from "./dto";
import type { Filter } from "./schemas";
import type { SourceHealthEvent } from "./sources";

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; retryAfterSeconds?: number } };

export interface SubscribeRequest {
  /** Actor / governorate / type / security filter; empty means everything. */
  filter: Pick<Filter, "actors" | "governorates" | "types" | "security">;
  /** Last seq the client has seen: everything after it is replayed, in order, before live pushes. */
  cursor?: number;
}

export interface SubscribeResult {
  /** Statements missed since `cursor` (oldest first), capped; `truncated` says whether the client should refetch. */
  missed: StatementDTO[];
  truncated: boolean;
  head: number;
}

export interface ServerToClientEvents {
  /** A lone statement (the server was idle): sent at once. */
  "statement:created": (statement: StatementDTO) => void;
  /** Statements committed within one coalescing window (a few ms under load), oldest first. */
  "statements:created": (statements: StatementDTO[]) => void;
  /** Statements removed because their article was re-ingested with new content. */
  "statement:retracted": (payload: { ids: string[] }) => void;
  /** An echo joined an existing cluster: its head now has `mentions` outlets. */
  "cluster:updated": (payload: { clusterId: string; headId: string; mentions: number; outlets: string[] }) => void;
  "source:health": (payload: SourceHealthEvent) => void;
  "server:hello": (payload: { serverTime: string; head: number; demo: boolean }) => void;
  /**
   * The server is shutting down on purpose (deploy, restart): the socket closes right after. Clients
   * show "restarting" (not an error) and reconnect after about `reconnectInMs`, resuming with their cursor.
   */
  "server:shutdown": (payload: { reconnectInMs: number }) => void;
}

export interface ClientToServerEvents {
  "feed:subscribe": (req: SubscribeRequest, ack: (res: Ack<SubscribeResult>) => void) => void;
  "feed:unsubscribe": (ack: (res: Ack<null>) => void) => void;
}

export interface InterServerEvents {
  ping: () => void;
}

export interface SocketData {
  filter: SubscribeRequest["filter"] | null;
  viewer: boolean;
  /** Id of the key the socket authenticated with (null: anonymous, open reads); revoking it disconnects the socket. */
  keyId: string | null;
  /** Peer address (rate limits). */
  ip: string;
}
