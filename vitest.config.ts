import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Unit tests need nothing; integration tests get a fresh database per file
// (PGlite always; PostgreSQL as well when DATABASE_URL is a postgres:// URL).
const postgresUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

const integration = (engine: "pglite" | "postgres") => ({
  extends: true as const,
  test: {
    name: engine === "pglite" ? "integration" : "integration-postgres",
    include: ["tests/integration/**/*.test.ts"],
    setupFiles: ["tests/setup/console.ts", "tests/setup/database.ts"],
    env: { TEST_DB_ENGINE: engine },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/setup/console.ts"],
        },
      },
      integration("pglite"),
      ...(postgresUrl ? [integration("postgres")] : []),
    ],
  },
});
