import { describe, expect, it } from "vitest";
import { getDatabase, openDatabase, useDatabase } from "~db/client";
import { loader } from "~/routes/healthz";

describe("/healthz", () => {
  it("answers 200 with the database up", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });

  it("answers 503 when the database is unreachable", async () => {
    const current = getDatabase();
    const unreachable = openDatabase("postgres://nobody@127.0.0.1:1/none", { maxConnections: 1 });
    useDatabase(unreachable);
    try {
      const response = await loader();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
    } finally {
      useDatabase(current);
      await unreachable.close();
    }
  });
});
