// Starts the production server for end-to-end tests on a database of its own:
// a fresh `accord_e2e` database when DATABASE_URL points at PostgreSQL,
// otherwise in-memory PGlite. Either way the demo data is seeded at start.
import { spawn } from "node:child_process";
import postgres from "postgres";

const base = process.env.DATABASE_URL;
let databaseUrl = "pglite://memory";
if (base?.startsWith("postgres")) {
  const url = new URL(base);
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe("drop database if exists accord_e2e with (force)");
  await admin.unsafe("create database accord_e2e");
  await admin.end();
  url.pathname = "/accord_e2e";
  databaseUrl = url.toString();
}

const child = spawn(process.execPath, ["--import", "tsx", "app/server/main.ts"], {
  stdio: "inherit",
  // Mail is captured (never sent) and attachments kept in folders of the test run's own.
  env: { ...process.env, DATABASE_URL: databaseUrl, ACCORD_SEED: "demo", MAIL_DIR: ".cache/e2e-mail", ATTACHMENT_DIR: ".cache/e2e-attachments", RESEND_API_KEY: "" },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
