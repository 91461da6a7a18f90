import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ActorPage } from "../../../components/actors/ActorPage";
import { actorExists } from "../../_lib/actor-exists";

type SearchParams = Record<string, string | string[] | undefined>;

/** An unknown actor is a real 404 (HTTP status and the not-found page), not an empty page. */
export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const actorId = decodeURIComponent(id);
  const token = (await searchParams).token;
  if (await actorExists(actorId, (await headers()).get("host"), typeof token === "string" ? token : null) === false) notFound();
  return (
    <Suspense fallback={null}>
      <ActorPage id={actorId} />
    </Suspense>
  );
}
