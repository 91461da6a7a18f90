/** Probes for the services some tests need (PostgreSQL, Redis), so they can skip with a message outside CI. */
import { connect } from "node:net";
import pg from "pg";

/** True when something accepts TCP connections on 127.0.0.1:port within a second. */
export function tcpReachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
    setTimeout(() => {
      s.destroy();
      resolve(false);
    }, 1000).unref();
  });
}

/** True when PostgreSQL at `url` accepts a connection and answers a query. */
export async function postgresUsable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}
