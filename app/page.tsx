import { HydrationBoundary } from "@tanstack/react-query";
import { headers } from "next/headers";
import { Suspense } from "react";
import { Dashboard } from "../components/layout/Dashboard";
import { prefetchDashboard } from "./_lib/prefetch";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string") sp.set(k, v);
  const state = await prefetchDashboard(sp, (await headers()).get("host"));
  return (
    <HydrationBoundary state={state ?? undefined}>
      <Suspense fallback={null}>
        <Dashboard />
      </Suspense>
    </HydrationBoundary>
  );
}
