"use client";
/** React Query defaults (set once), language, the one live socket, and the actor colour registry. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { LangProvider } from "../components/layout/LangProvider";
import { ApiError } from "../lib/client/api";
import { liveClient } from "../lib/client/live";
import { useActorPalette } from "../lib/client/useActorPalette";
import type { Lang } from "../lib/i18n";

function makeClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
        retry: (n, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && n < 3,
        retryDelay: (n) => Math.min(1_000 * 2 ** n, 10_000) * (0.75 + Math.random() / 2),
      },
    },
  });
}

function Live({ client }: { client: QueryClient }) {
  useEffect(() => liveClient.start(client), [client]);
  useActorPalette();
  return null;
}

export function Providers({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [client] = useState(makeClient);
  return (
    <QueryClientProvider client={client}>
      <Live client={client} />
      {/* No Suspense around the pages: every route is rendered per request (the layout reads cookies), so
          useSearchParams needs none, and a page that calls notFound() before streaming (an unknown actor)
          must block the shell to answer HTTP 404; a boundary here flushed a 200 shell first. */}
      <LangProvider initialLang={lang}>{children}</LangProvider>
    </QueryClientProvider>
  );
}
