import { Suspense } from "react";
import { ActorPage } from "../../../components/actors/ActorPage";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={null}>
      <ActorPage id={decodeURIComponent(id)} />
    </Suspense>
  );
}
