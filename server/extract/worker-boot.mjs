// Boots the TypeScript extraction worker (./worker.ts) in a worker thread: registers tsx in this
// thread first (Node 20 does not honour `--import` in a worker's execArgv).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
