/**
 * One time axis: views filter, sort and show the statement time (`statedAt`). A statement that
 * reached us long after it was made ("late": a replayed or re-published article) is shown with its
 * date ("stated 11 Nov 2025") rather than "N s ago", and sorts by when it was made, never as newest.
 */
import type { StatementDTO } from "../contract/dto";
import { LATE_AFTER_MS } from "../domain/statement";

/** Ingested more than LATE_AFTER_MS (lib/domain) after it was stated: a late statement. */
export { LATE_AFTER_MS };

export function isLate(s: Pick<StatementDTO, "statedAt" | "ingestedAt">): boolean {
  const stated = Date.parse(s.statedAt);
  const ingested = Date.parse(s.ingestedAt);
  return Number.isFinite(stated) && Number.isFinite(ingested) && ingested - stated > LATE_AFTER_MS;
}
