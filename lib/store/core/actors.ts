/** Actors: upsert on ingest, aliases, search, merges. */
import type { ActorInputLike } from "./types-internal";
import type { Actor, ActorRef } from "../../domain/statement";
import { compact } from "../../text/normalize";
import { AppError } from "../../errors";
import type { Db } from "./db";
import { derivedActorId } from "./keys";
import { ACTOR_COLS, type ActorRow, parseList, toActor } from "./rows";
import { moveActorRollups } from "./rollups";

export const searchKey = (s: string): string => compact(s).toLowerCase();

function searchText(nameAr: string, nameEn: string, aliases: readonly string[]): string {
  return [nameAr, nameEn, ...aliases].map(searchKey).filter(Boolean).join(" | ");
}

/** Union of alias lists without duplicates (compared in folded form) and without the names themselves. */
export function mergeAliases(names: readonly string[], existing: readonly string[], extra: readonly string[]): string[] {
  const seen = new Set(names.map(searchKey));
  const out: string[] = [];
  for (const a of [...existing, ...extra]) {
    const k = searchKey(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a.trim());
  }
  return out;
}

export async function getActorRow(db: Db, id: string): Promise<ActorRow | undefined> {
  return db.get<ActorRow>(`SELECT ${ACTOR_COLS} FROM actors WHERE id = ?`, [id]);
}

/** Follows merged_into links to the actor that now owns the statements. */
export async function resolveActorId(db: Db, id: string): Promise<string> {
  let cur = id;
  for (let i = 0; i < 32; i++) {
    const row = await db.get<{ merged_into: string | null }>(`SELECT merged_into FROM actors WHERE id = ?`, [cur]);
    if (!row || !row.merged_into) return cur;
    cur = row.merged_into;
  }
  return cur;
}

export const inputActorId = (a: ActorInputLike): string => a.id ?? derivedActorId(a.nameAr);

async function writeAliases(db: Db, row: ActorRow, aliases: string[]): Promise<ActorRow> {
  await db.run(`UPDATE actors SET aliases = ?, search = ? WHERE id = ?`, [
    JSON.stringify(aliases),
    searchText(row.name_ar, row.name_en, aliases),
    row.id,
  ]);
  return { ...row, aliases: JSON.stringify(aliases) };
}

/** Makes sure the (resolved) actor exists and knows the input's names as aliases. */
export async function ensureActor(db: Db, input: ActorInputLike, resolvedId: string, nowMs: number): Promise<ActorRef> {
  const row = await getActorRow(db, resolvedId);
  if (!row) {
    const aliases = mergeAliases([input.nameAr, input.nameEn], [], input.aliases);
    await db.run(
      `INSERT INTO actors (id, name_ar, name_en, kind, aliases, search, country, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
      [resolvedId, input.nameAr, input.nameEn, input.kind, JSON.stringify(aliases), searchText(input.nameAr, input.nameEn, aliases), nowMs],
    );
    return { id: resolvedId, nameAr: input.nameAr, nameEn: input.nameEn, kind: input.kind };
  }
  const existing = parseList(row.aliases);
  const merged = mergeAliases([row.name_ar, row.name_en], existing, [input.nameAr, input.nameEn, ...input.aliases]);
  if (merged.length !== existing.length) await writeAliases(db, row, merged);
  const a = toActor(row);
  return { id: a.id, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind };
}

export async function upsertActor(db: Db, actor: Omit<Actor, "mergedInto">, nowMs: number): Promise<Actor> {
  const row = await getActorRow(db, actor.id);
  const aliases = mergeAliases([actor.nameAr, actor.nameEn], row ? parseList(row.aliases) : [], actor.aliases);
  const search = searchText(actor.nameAr, actor.nameEn, aliases);
  if (row) {
    await db.run(`UPDATE actors SET name_ar = ?, name_en = ?, kind = ?, aliases = ?, search = ?, country = ? WHERE id = ?`, [
      actor.nameAr, actor.nameEn, actor.kind, JSON.stringify(aliases), search, actor.country, actor.id,
    ]);
  } else {
    await db.run(
      `INSERT INTO actors (id, name_ar, name_en, kind, aliases, search, country, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [actor.id, actor.nameAr, actor.nameEn, actor.kind, JSON.stringify(aliases), search, actor.country, nowMs],
    );
  }
  return { ...actor, aliases, mergedInto: row?.merged_into ?? null };
}

export async function addAliases(db: Db, actorId: string, extra: string[]): Promise<Actor> {
  const row = await getActorRow(db, actorId);
  if (!row) throw new AppError("not_found", `unknown actor ${actorId}`);
  const aliases = mergeAliases([row.name_ar, row.name_en], parseList(row.aliases), extra);
  return toActor(await writeAliases(db, row, aliases));
}

export async function mergeActors(db: Db, fromId: string, intoRequested: string): Promise<Actor> {
  const intoId = await resolveActorId(db, intoRequested);
  const from = await getActorRow(db, fromId);
  const into = await getActorRow(db, intoId);
  if (!from || !into) throw new AppError("not_found", `unknown actor ${from ? intoRequested : fromId}`);
  if (fromId === intoId) throw new AppError("conflict", "cannot merge an actor into itself");
  if (from.merged_into) throw new AppError("conflict", `actor ${fromId} is already merged into ${from.merged_into}`);
  await db.run(`UPDATE statements SET actor_id = ? WHERE actor_id = ?`, [intoId, fromId]);
  await db.run(`UPDATE clusters SET actor_id = ? WHERE actor_id = ?`, [intoId, fromId]);
  await moveActorRollups(db, fromId, intoId);
  await db.run(`UPDATE actors SET merged_into = ? WHERE id = ? OR merged_into = ?`, [intoId, fromId, fromId]);
  const aliases = mergeAliases([into.name_ar, into.name_en], parseList(into.aliases), [
    from.name_ar, from.name_en, ...parseList(from.aliases),
  ]);
  const updated = await writeAliases(db, into, aliases);
  return toActor(updated);
}
