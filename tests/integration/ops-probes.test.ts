/** /healthz, /readyz and /metrics on the real server: liveness, readiness flipping to 503 on close, Prometheus text behind the API key. */
import { describe, expect, it } from "vitest";
import { API_KEY, ingest, startApp, statement, tempDir } from "./helpers";

describe("operator probes", () => {
  it("healthz and readyz answer 200 while running; readyz answers 503 once shutdown began", async () => {
    const tmp = tempDir();
    const app = await startApp(tmp.dir);
    try {
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ready", checks: { store: true, next: true, shuttingDown: false } });
      expect((await fetch(`${app.url}/readyz`, { method: "POST" })).status).toBe(405);
      const closing = app.close();
      const during = await fetch(`${app.url}/readyz`).then((r) => r.status, () => "refused");
      // Either the listener already stopped accepting, or it answered "not ready": never 200.
      expect([503, "refused"]).toContain(during);
      await closing;
    } finally {
      await app.close();
      tmp.cleanup();
    }
  });

  it("metrics need the API key and count stored statements, duplicates and HTTP requests", async () => {
    const tmp = tempDir();
    const app = await startApp(tmp.dir);
    try {
      expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
      const s = statement({ actorId: "it-metrics", nameAr: "جهة القياس", text: "أعلنت الجهة بدء أعمال الصيانة في حمص.", key: "metrics-1" });
      const s2 = statement({ actorId: "it-metrics", nameAr: "جهة القياس", text: "قالت الجهة إن الطريق إلى حماة أعيد فتحه.", key: "metrics-2" });
      await ingest(app, [s]);
      await ingest(app, [s, s2]);
      const r = await fetch(`${app.url}/metrics`, { headers: { "x-api-key": API_KEY } });
      expect(r.status).toBe(200);
      const text = await r.text();
      expect(text).toMatch(/bayan_statements_stored_total\{outcome="new"\} 2\n/);
      expect(text).toMatch(/bayan_statements_stored_total\{outcome="duplicate"\} 1\n/);
      expect(text).toMatch(/bayan_push_latency_seconds_count 2\n/);
      expect(text).toMatch(/bayan_http_request_duration_seconds_count\{method="POST",route="\/api\/statements",status="\d+"\} 2\n/);
      expect(text).toContain("bayan_socket_clients 0");
      expect(text).toContain("bayan_process_resident_memory_bytes");
      expect(text).toContain("bayan_nodejs_eventloop_lag_p99_seconds");
    } finally {
      await app.close();
      tmp.cleanup();
    }
  });
});
