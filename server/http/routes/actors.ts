/** Actors: list/search, detail, aliases, merge. */
import { z } from "zod";
import { filterSchema } from "../../../lib/contract/schemas";
import { AppError } from "../../../lib/errors";
import { parseOrThrow } from "../validate";
import type { RouteModule } from "../types";

/** Search + optional filter (as the feed's, minus `actors`): each actor then carries `matching`. */
const listQuery = filterSchema.omit({ actors: true }).extend({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const aliasesBody = z.object({ aliases: z.array(z.string().trim().min(1).max(200)).min(1).max(50) });
const mergeBody = z.object({ from: z.string().min(1).max(80), into: z.string().min(1).max(80) });

export const actorRoutes: RouteModule = (app) => [
  {
    method: "GET",
    path: "/api/actors",
    access: "viewer",
    async handler(rc) {
      const { q, limit, ...filter } = parseOrThrow(listQuery, rc.query, "query");
      const filtered = Object.values(filter).some((v) => v !== undefined);
      return { data: await app.store.listActors({ q: q || undefined, limit, ...(filtered ? { filter } : {}) }) };
    },
  },
  {
    method: "POST",
    path: "/api/actors/merge",
    access: "admin",
    async handler(rc) {
      const body = parseOrThrow(mergeBody, await rc.json(), "merge request");
      if (body.from === body.into) throw new AppError("validation_failed", "Cannot merge an actor into itself");
      for (const id of [body.from, body.into]) {
        if (!(await app.store.getActor(id))) throw new AppError("not_found", `No such actor: ${id}`);
      }
      const into = await app.store.mergeActors(body.from, body.into);
      const from = await app.store.getActor(body.from);
      // The merged actor's names are now aliases of the target: the extractor learns them at once.
      app.extractActors.update([into, ...(from ? [from] : [])]);
      return { data: into };
    },
  },
  {
    method: "GET",
    path: "/api/actors/:id",
    access: "viewer",
    async handler(rc) {
      const { token: _token, ...rest } = rc.query;
      const filter = parseOrThrow(filterSchema, rest, "query");
      const actor = await app.store.getActor(rc.params.id!, filter);
      if (!actor) throw new AppError("not_found", "No such actor");
      return { data: actor };
    },
  },
  {
    method: "POST",
    path: "/api/actors/:id/aliases",
    access: "admin",
    async handler(rc) {
      const body = parseOrThrow(aliasesBody, await rc.json(), "aliases");
      if (!(await app.store.getActor(rc.params.id!))) throw new AppError("not_found", "No such actor");
      const actor = await app.store.addAliases(rc.params.id!, body.aliases);
      app.extractActors.update([actor]);
      return { data: actor };
    },
  },
];
