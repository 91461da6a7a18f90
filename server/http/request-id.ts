/** Request ids: a client's `x-request-id` is kept when it is sane (≤ 128 chars of [A-Za-z0-9._:-]), else one is made. */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestId(req: Pick<IncomingMessage, "headers">): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && SANE.test(given) ? given : randomUUID();
}
