// `npm test`: type-check, unit + integration tests (vitest), end-to-end tests
// (Playwright in Debian's Chromium), then one summary. Exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const cache = path.join(root, ".cache");
mkdirSync(cache, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

type Step = { name: string; passed: number; failed: number; skipped: number; ok: boolean; seconds: number };
const steps: Step[] = [];

function run(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${name} ━━`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (performance.now() - started) / 1000 };
}

const only = process.argv[2]; // optional: typecheck | vitest | e2e

if (!only || only === "typecheck") {
  const r = run("Type check (tsc --noEmit)", bin("tsc"), ["--noEmit"]);
  steps.push({ name: "Type check", passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, skipped: 0, ...r });
}

if (!only || only === "vitest") {
  const out = path.join(cache, "vitest.json");
  rmSync(out, { force: true });
  const r = run("Unit and integration tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const report = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : null;
  steps.push({
    name: "Unit + integration",
    passed: report?.numPassedTests ?? 0,
    failed: report ? report.numFailedTests + (report.numFailedTestSuites ?? 0) : 1,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    ...r,
  });
}

if (!only || only === "e2e") {
  const out = path.join(cache, "playwright.json");
  rmSync(out, { force: true });
  const r = run("End-to-end tests (Playwright, Chromium)", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : null;
  const stats = report?.stats;
  steps.push({
    name: "End-to-end",
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    failed: stats ? stats.unexpected + (report.errors?.length ?? 0) : 1,
    skipped: stats?.skipped ?? 0,
    ...r,
  });
}

const total = steps.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 });
const allOk = steps.every((s) => s.ok) && total.failed === 0;
console.log("\n━━ Summary ━━");
for (const s of steps) {
  console.log(`${s.ok ? "✔" : "✘"} ${s.name.padEnd(20)} ${String(s.passed).padStart(4)} passed  ${String(s.failed).padStart(3)} failed  ${String(s.skipped).padStart(3)} skipped  ${s.seconds.toFixed(1).padStart(6)} s`);
}
console.log(allOk ? "\nAll green." : "\nFAILED.");
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(allOk ? 0 : 1);
