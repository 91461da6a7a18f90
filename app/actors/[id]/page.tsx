import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ActorPage } from "../../../components/actors/ActorPage";
import { actorExists } from "./resolve";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const id = decodeURIComponent((await params).id);
  const token = (await searchParams).token;
  // Before anything streams: an unknown actor is an HTTP 404, not a 200 with a "not found" body.
  if ((await actorExists(id, typeof token === "string" ? token : null, (await headers()).get("host"))) === false) notFound();
  return (
    <Suspense fallback={null}>
      <ActorPage id={id} />
    </Suspense>
  );
}
