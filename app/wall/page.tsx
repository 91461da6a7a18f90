import type { Metadata } from "next";
import { WallScreen } from "../../components/wall/WallScreen";

export const metadata: Metadata = { title: "Wall" };

/** `/wall`: the unattended TV view. All options live in the URL (see docs/wall.md). */
export default function WallPage() {
  return <WallScreen />;
}
