"use client";
import { RecoveryScreen } from "../components/recovery/RecoveryScreen";

/** Any page that crashes recovers by itself (see components/recovery). */
export default function ErrorPage() {
  return <RecoveryScreen />;
}
