/**
 * npm run keys -- create --role viewer|ingest|admin --name NAME   prints the new secret once
 * npm run keys -- list                                            id, role, name, created, revoked
 * npm run keys -- revoke ID
 * Works on the configured store (SQLITE_PATH or DATABASE_URL), with or without a running server:
 * a running server notices a revocation within KEY_REFRESH_SECONDS and disconnects the key's sockets.
 */
import { ConfigError, loadEnv } from "../lib/env";
import { KEY_ROLES, createAccessKey, type KeyRole } from "../server/auth/keys";
import { flagString, parseArgs } from "../server/ingest/sources/cli-common";
import { openStore } from "../server/store";

const USAGE = `usage:
  npm run keys -- create --role ${KEY_ROLES.join("|")} --name NAME
  npm run keys -- list
  npm run keys -- revoke ID`;

const isRole = (r: string | undefined): r is KeyRole => KEY_ROLES.includes(r as KeyRole);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ["help", "json"]);
  const [command, ...rest] = args.positional;
  if (args.flags.has("help") || !command) {
    console.error(USAGE);
    return args.flags.has("help") ? 0 : 2;
  }
  const env = loadEnv();
  const store = await openStore(env);
  try {
    if (command === "create") {
      const role = flagString(args, "role");
      const name = flagString(args, "name")?.trim();
      if (!isRole(role) || !name || name.length > 100) {
        console.error(`create needs --role (${KEY_ROLES.join(", ")}) and --name (1-100 characters)\n${USAGE}`);
        return 2;
      }
      const { key, secret } = await createAccessKey(store, role, name);
      if (args.flags.has("json")) process.stdout.write(JSON.stringify({ key, secret }) + "\n");
      else process.stdout.write(`created ${key.role} key ${key.id} "${key.name}"\nsecret (shown once, store it now): ${secret}\n`);
      return 0;
    }
    if (command === "list") {
      const keys = await store.listAccessKeys();
      if (args.flags.has("json")) {
        process.stdout.write(JSON.stringify(keys.map(({ hash: _hash, ...k }) => k)) + "\n");
        return 0;
      }
      if (keys.length === 0) process.stdout.write("no stored keys (API_KEY / VIEWER_TOKEN from the environment are not listed)\n");
      for (const k of keys) {
        process.stdout.write(`${k.id}  ${k.role.padEnd(6)}  ${k.createdAt}  ${k.revokedAt ? `revoked ${k.revokedAt}` : "active"}  ${k.name}\n`);
      }
      return 0;
    }
    if (command === "revoke") {
      const id = rest[0];
      if (!id) {
        console.error(`revoke needs a key id\n${USAGE}`);
        return 2;
      }
      if (!(await store.revokeAccessKey(id, new Date()))) {
        console.error(`no active key ${id}`);
        return 1;
      }
      process.stdout.write(`revoked ${id}\n`);
      return 0;
    }
    console.error(`unknown command "${command}"\n${USAGE}`);
    return 2;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
