/**
 * Bridge to the places/dates/security modules (owned by the places & dates engineer),
 * so the pipeline has one import point for them.
 */
export { findPublicationDate, resolveStatedAt } from "./dates";
export { isSecurityOperation } from "./security";
