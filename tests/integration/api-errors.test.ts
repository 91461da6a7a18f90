/** Bad input over HTTP: every case gets a JSON error with a stable code, and the server keeps serving. */
import { connect as tcpConnect } from "node:net";
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { api, ingest, statement, useApp } from "./helpers";

const OK = { actorId: "it-err", nameAr: "جهة اختبار", text: "تصريح قصير للاختبار." };

describe("bad input", () => {
  const t = useApp({ INGEST_MAX_BATCH: "5", INGEST_MAX_BODY_BYTES: "4096", ARTICLE_MAX_BYTES: "8192" });
  afterEach(async () => {
    const h = await api(t.app, "/api/health");
    expect(h.status).toBe(200);
  });

  it("malformed JSON → 400 invalid_json", async () => {
    const r = await api(t.app, "/api/statements", { body: '{"actor": {"nameAr": "x"' });
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe("invalid_json");
  });

  it("empty body → 400 invalid_json", async () => {
    const r = await api(t.app, "/api/statements", { body: "" , method: "POST" });
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe("invalid_json");
  });

  it("wrong types → 400 validation_failed with the issues", async () => {
    const r = await api(t.app, "/api/statements", { body: { ...statement(OK), text: 42, quote: "yes" } });
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe("validation_failed");
    expect(r.json.error?.details.index).toBe(0);
    const paths = (r.json.error?.details.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["text", "quote"]));
  });

  it("unknown governorate → 400 unknown_governorate with the item's index; the batch stores nothing", async () => {
    const before = (await api(t.app, "/api/health")).json.data.head;
    const r = await api(t.app, "/api/statements", {
      body: { statements: [statement({ ...OK, text: "أول" }), statement({ ...OK, text: "ثان" }), statement({ ...OK, text: "ثالث", governorates: ["SY-DI", "SY-ZZ"] })] },
    });
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe("unknown_governorate");
    expect(r.json.error?.details.index).toBe(2);
    expect(r.json.error?.details.value).toBe("SY-ZZ");
    expect((await api(t.app, "/api/health")).json.data.head).toBe(before);
  });

  it("a batch with one invalid item is rejected whole with that index", async () => {
    const r = await api(t.app, "/api/statements", {
      body: { statements: [statement({ ...OK, text: "صالح" }), { actor: { nameAr: "x", kind: "alien" }, text: "غير صالح" }] },
    });
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe("validation_failed");
    expect(r.json.error?.details.index).toBe(1);
  });

  it("too-large batch → 413 batch_too_large", async () => {
    const items = Array.from({ length: 6 }, (_, i) => statement({ ...OK, text: `بند ${i}` }));
    const r = await api(t.app, "/api/statements", { body: { statements: items } });
    expect(r.status).toBe(413);
    expect(r.json.error?.code).toBe("batch_too_large");
  });

  it("oversize body → 413 payload_too_large (declared length)", async () => {
    const r = await api(t.app, "/api/statements", { body: { ...statement(OK), text: "ا".repeat(5000) } });
    expect(r.status).toBe(413);
    expect(r.json.error?.code).toBe("payload_too_large");
  });

  it("oversize chunked body (no Content-Length) → 413 without buffering it all", async () => {
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(t.app.url + "/api/statements", {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": "integration-test-key-0123456789", "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      const chunk = "x".repeat(1024);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && req.write(chunk)) sent++;
        if (sent < 64) req.once("drain", pump);
        else req.end();
      };
      pump();
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body).error.code).toBe("payload_too_large");
  });

  it("oversize article → 413", async () => {
    const r = await api(t.app, "/api/articles", { body: { text: "نص ".repeat(40_000) } });
    expect(r.status).toBe(413);
    expect(r.json.error?.code).toBe("payload_too_large");
  });

  it("wrong content type → 415", async () => {
    const r = await api(t.app, "/api/statements", { body: JSON.stringify(statement(OK)), headers: { "content-type": "text/plain" } });
    expect(r.status).toBe(415);
    expect(r.json.error?.code).toBe("unsupported_media_type");
  });

  it("articles accept JSON, text/plain and text/html; anything else → 415 naming all three", async () => {
    const r = await api(t.app, "/api/articles", { body: "<x/>", headers: { "content-type": "application/xml" } });
    expect(r.status).toBe(415);
    expect(r.json.error?.code).toBe("unsupported_media_type");
    expect(r.json.error?.message).toContain("text/plain");
  });

  it("missing or wrong API key → 401 unauthorized (x-api-key and Bearer)", async () => {
    const none = await api(t.app, "/api/statements", { body: statement(OK), key: null });
    expect(none.status).toBe(401);
    expect(none.json.error?.code).toBe("unauthorized");
    const wrong = await api(t.app, "/api/statements", { body: statement(OK), key: "wrong-key-wrong-key" });
    expect(wrong.status).toBe(401);
    const bearer = await api(t.app, "/api/statements", { body: statement({ ...OK, text: "بحامل الرمز" }), key: null, headers: { authorization: "Bearer integration-test-key-0123456789" } });
    expect(bearer.status).toBe(201);
    const merge = await api(t.app, "/api/actors/merge", { body: { from: "a", into: "b" }, key: null });
    expect(merge.status).toBe(401);
  });

  it("unknown route → 404 not_found; non-API path without Next → 404 JSON", async () => {
    const r = await api(t.app, "/api/nope");
    expect(r.status).toBe(404);
    expect(r.json.error?.code).toBe("not_found");
    const page = await api(t.app, "/some/page");
    expect(page.status).toBe(404);
    expect(page.json.error?.code).toBe("not_found");
    const missing = await api(t.app, "/api/statements/does-not-exist");
    expect(missing.status).toBe(404);
  });

  it("wrong method → 405 with Allow", async () => {
    const r = await api(t.app, "/api/health", { method: "DELETE" });
    expect(r.status).toBe(405);
    expect(r.json.error?.code).toBe("method_not_allowed");
    expect(r.headers.get("allow")).toBe("GET");
  });

  it("invalid query parameters → 400 validation_failed", async () => {
    for (const q of ["/api/statements?limit=abc", "/api/statements?governorates=SY-XX", "/api/volume?bucket=year", "/api/actors?limit=-1"]) {
      const r = await api(t.app, q);
      expect(r.status, q).toBe(400);
      expect(r.json.error?.code).toBe("validation_failed");
    }
  });

  it("non-text articles → 422 unprocessable_article", async () => {
    for (const text of ["   ", "This article has no Arabic at all.", "\u0000\u0001\u0002\u0003binary\u0004\u0005\u0006\u0007\u0008"]) {
      const r = await api(t.app, "/api/articles", { body: { text } });
      expect(r.status, JSON.stringify(text)).toBe(422);
      expect(r.json.error?.code).toBe("unprocessable_article");
    }
  });

  it("garbage HTTP and aborted requests do not crash the server", async () => {
    await new Promise<void>((resolve) => {
      const sock = tcpConnect(t.app.port, "127.0.0.1", () => sock.write("THIS IS NOT HTTP\r\n\r\n"));
      sock.on("data", () => undefined);
      sock.on("close", () => resolve());
      sock.on("error", () => resolve());
    });
    await new Promise<void>((resolve) => {
      const req = request(t.app.url + "/api/statements", {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": "integration-test-key-0123456789", "content-length": "1000" },
      });
      req.on("error", () => resolve());
      req.write('{"actor":');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    const ok = await ingest(t.app, [statement({ ...OK, text: "ما زال الخادم يعمل." })]);
    expect(ok[0]!.duplicate).toBe(false);
  });
});
