// `npm start` (production build, embedded or real PostgreSQL) and `npm run dev` (Vite, hot reload).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";

const dev = process.argv.includes("--dev");
process.env.NODE_ENV ??= dev ? "development" : "production";
const port = Number(process.env.PORT ?? 3000);
process.env.APP_URL ??= `http://localhost:${port}`;

const { env } = await import("~/env.server");
const { getDatabase } = await import("~db/client");
const { DEMO_PASSWORD, DEMO_SIGN_INS } = await import("~db/seed/generate");
const { seedIfEmpty } = await import("./boot");
const { bodyLimit, sameOriginOnly, securityHeaders } = await import("./http");
const { getQueue, stopQueue } = await import("~/jobs/queue.server");
const { startWorkers } = await import("~/jobs/worker.server");
const { MAX_ATTACHMENTS_PER_MESSAGE } = await import("~/domain/support/attachments.server");

const started = performance.now();
const config = env();
const root = process.cwd();
const buildEntry = path.join(root, "build/server/index.js");

/** True when a source file changed after the last build (or there is none). */
function buildIsStale(): boolean {
  if (!existsSync(buildEntry)) return true;
  const builtAt = statSync(buildEntry).mtimeMs;
  const sources = ["app", "db/schema", "emails", "search", "public"].map((d) => path.join(root, d));
  for (const dir of sources) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && statSync(path.join(entry.parentPath, entry.name)).mtimeMs > builtAt) return true;
    }
  }
  return ["vite.config.ts", "tailwind.config.ts", "package-lock.json"].some((f) => existsSync(f) && statSync(f).mtimeMs > builtAt);
}

if (!dev && buildIsStale()) {
  console.log("Building the app (sources changed since the last build)…");
  const result = spawnSync(path.join(root, "node_modules/.bin/remix"), ["vite:build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const handle = getDatabase();
const migrateStarted = performance.now();
await handle.migrate();
const migrateMs = performance.now() - migrateStarted;
// The job queue is started before anything opens a transaction that enqueues.
const runWorker = config.ACCORD_WORKER === "on";
if (runWorker) await startWorkers(handle);
else await getQueue(handle);
const prepared = await seedIfEmpty(handle, config.ACCORD_SEED);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", config.TRUST_PROXY);
app.use(compression());
app.use(securityHeaders);
// Five attachments at the largest size, plus the form around them.
app.use(bodyLimit(config.MAX_FORM_BYTES, MAX_ATTACHMENTS_PER_MESSAGE * config.MAX_ATTACHMENT_BYTES + config.MAX_FORM_BYTES));
app.use(sameOriginOnly(config.APP_URL));

let build: ServerBuild | (() => Promise<ServerBuild>);
if (dev) {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ server: { middlewareMode: true } });
  app.use(viteServer.middlewares);
  build = () => viteServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
} else {
  app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "build/client"), { maxAge: "1h" }));
  build = (await import(pathToFileURL(buildEntry).href)) as ServerBuild;
}

app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (req) => ({ clientIp: req.ip ?? null }) }));

const server = app.listen(port, () => {
  const where = handle.engine === "pglite" ? `embedded PostgreSQL (${handle.url.replace("pglite://", "")})` : "PostgreSQL";
  const lines = [
    `Accord is running at ${config.APP_URL} on ${where}.`,
    `  migrations ${Math.round(migrateMs)} ms${prepared.seeded ? `, demo data seeded in ${Math.round(prepared.seedMs)} ms` : ""}, ready in ${Math.round(performance.now() - started)} ms`,
    `  background jobs: ${runWorker ? "worked in this process" : "queued for `npm run worker`"}; e-mail: ${config.RESEND_API_KEY ? "Resend" : `captured (desk mailbox, ${config.MAIL_DIR})`}`,
  ];
  if (prepared.hasDemoUsers) {
    lines.push(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const d of DEMO_SIGN_INS) lines.push(`  ${d.email.padEnd(26)} ${d.who}`);
  }
  console.log(lines.join("\n"));
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down…`);
  server.close();
  await stopQueue();
  await handle.close().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
