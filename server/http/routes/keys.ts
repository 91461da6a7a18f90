/** Admin API for access keys: GET /api/keys, POST /api/keys {role, name} (the secret is shown once), DELETE /api/keys/:id. */
import { z } from "zod";
import { AppError } from "../../../lib/errors";
import { KEY_ROLES } from "../../auth/keys";
import type { RouteModule } from "../types";
import { parseOrThrow } from "../validate";

const createBody = z.object({
  role: z.enum(KEY_ROLES),
  name: z.string().trim().min(1).max(100),
}).strict();

export const keyRoutes: RouteModule = (app) => [
  {
    method: "GET",
    path: "/api/keys",
    access: "admin",
    async handler() {
      return { data: { keys: await app.keys.list() } };
    },
  },
  {
    method: "POST",
    path: "/api/keys",
    access: "admin",
    async handler(rc) {
      const body = parseOrThrow(createBody, await rc.json(), "key");
      const created = await app.keys.create(body.role, body.name);
      rc.log.info("access key created", { id: created.key.id, role: created.key.role, by: rc.principal?.keyId });
      return { status: 201, data: created };
    },
  },
  {
    method: "DELETE",
    path: "/api/keys/:id",
    access: "admin",
    async handler(rc) {
      const id = rc.params.id!;
      if (!(await app.keys.revoke(id))) throw new AppError("not_found", `No active key ${id.slice(0, 80)}`);
      rc.log.info("access key revoked", { id, by: rc.principal?.keyId });
      const key = (await app.keys.list()).find((k) => k.id === id) ?? null;
      return { data: { key } };
    },
  },
];
