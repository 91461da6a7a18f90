"use client";
import { RecoveryScreen } from "../components/recovery/RecoveryScreen";

/** A crash in the root layout: same self-healing screen, with its own document. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>
        <RecoveryScreen />
      </body>
    </html>
  );
}
