/**
 * `npm run screenshots`: starts the production server with the demo generator on a fresh
 * SQLite file, opens the dashboard and the wall screen in Chromium and writes the README's
 * screenshots to docs/screenshots/. Needs `npm run build` and /usr/bin/chromium.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchBrowser } from "../server/dev/browser";
import { ROOT, startServer } from "../server/dev/server-process";

const OUT = path.join(ROOT, "docs", "screenshots");
const SHOTS = [
  { name: "dashboard-1920x1080", path: "/", width: 1920, height: 1080 },
  { name: "dashboard-ar-1440x900", path: "/?lang=ar", width: 1440, height: 900 },
  { name: "wall-1920x1080", path: "/wall", width: 1920, height: 1080 },
  { name: "wall-3840x2160", path: "/wall", width: 3840, height: 2160 },
] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer({ env: { DEMO: "on" } }); // the defaults a newcomer gets
  const browser = await launchBrowser();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
      await page.goto(`${server.url}${shot.path}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(4000); // let live demo statements arrive and animations settle
      const file = path.join(OUT, `${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
