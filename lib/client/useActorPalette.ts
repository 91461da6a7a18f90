"use client";
import { useEffect } from "react";
import { setActorRegistry } from "./colors";
import { useActors } from "./useActors";

/** Size of the registry the actor colours are assigned over (the most active actors). */
export const PALETTE_REGISTRY_LIMIT = 100;

/** Loads the actor registry once per page and assigns the colours over it (see colors.ts). */
export function useActorPalette(): void {
  const { data } = useActors("", PALETTE_REGISTRY_LIMIT);
  const ids = data?.map((a) => a.id).join(",") ?? "";
  useEffect(() => { if (ids) setActorRegistry(ids.split(",")); }, [ids]);
}
