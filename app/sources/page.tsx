import type { Metadata } from "next";
import { Suspense } from "react";
import { SourcesPage } from "../../components/sources/SourcesPage";

export const metadata: Metadata = { title: "Sources" };

/** `/sources`: health of every ingestion source (feeds, folder, API, demo). */
export default function Page() {
  return (
    <Suspense fallback={null}>
      <SourcesPage />
    </Suspense>
  );
}
