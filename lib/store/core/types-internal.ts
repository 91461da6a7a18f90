/** Internal shapes shared by the store's modules. */
import type { StatementInput } from "../../contract/schemas";
import type { ActorRef } from "../../domain/statement";
import type { StoreKeys } from "../types";

export type ActorInputLike = StatementInput["actor"];

export interface InsertContext {
  nowMs: number;
  demo: boolean;
  echoWindowMs: number;
  /** Statement and URL keys from lib/ingest: the store compares them and never derives its own. */
  keys: StoreKeys;
  /** Set by writeArticle: statements belong to that stored article. */
  articleId?: string;
  fetchedAt?: number | null;
  /**
   * Actors already resolved and upserted in this transaction, by requested id (no merge can happen
   * inside an insert transaction): saves two queries per statement in batches.
   */
  actors?: ActorMemo;
}

export type ActorMemo = Map<string, { actorId: string; ref: ActorRef; inputs: Set<string> }>;
export const newActorMemo = (): ActorMemo => new Map();
