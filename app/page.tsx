import { Suspense } from "react";
import { Dashboard } from "../components/layout/Dashboard";

export default function HomePage() {
  return (
    <Suspense fallback={null}>
      <Dashboard />
    </Suspense>
  );
}
