"use client";
import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { statementKeys } from "./keys";

/** One statement with its article text, evidence span and every outlet that carried it. */
export function useStatement(id: string | null) {
  return useQuery({
    queryKey: statementKeys.detail(id ?? ""),
    queryFn: ({ signal }) => api.statement(id ?? "", signal),
    enabled: id !== null && id !== "",
    staleTime: 60_000,
  });
}
