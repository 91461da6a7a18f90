/** Internal shapes shared by the store's modules. */
import type { StatementInput } from "../../contract/schemas";

export type ActorInputLike = StatementInput["actor"];

export interface InsertContext {
  nowMs: number;
  demo: boolean;
  echoWindowMs: number;
  /** Set by writeArticle: statements belong to that stored article. */
  articleId?: string;
  fetchedAt?: number | null;
}
