import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type MeiliRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown };

/**
 * A stand-in for a Meilisearch server on localhost, at the HTTP boundary:
 * it records every request, enqueues tasks, and answers task polls with
 * "succeeded" unless a test scripted a failure.
 */
export async function startFakeMeilisearch() {
  const requests: MeiliRequest[] = [];
  const taskOutcomes: Record<number, { status: "succeeded" | "failed"; error?: { message: string; code: string } }> = {};
  const failNextTasks: { message: string; code: string }[] = [];
  let searchAnswer: unknown = { hits: [], estimatedTotalHits: 0, processingTimeMs: 1, query: "", limit: 10, offset: 0 };
  let nextStatus: number | null = null;
  let taskUid = 0;

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0];
      requests.push({ method: req.method ?? "", path, headers: req.headers, body: raw ? JSON.parse(raw) : null });
      const send = (status: number, body: unknown) => res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
      if (nextStatus) {
        const status = nextStatus;
        nextStatus = null;
        return send(status, { message: "internal error", code: "internal", type: "internal", link: "" });
      }
      if (req.method === "GET" && path === "/health") return send(200, { status: "available" });
      const task = path.match(/^\/tasks\/(\d+)$/);
      if (req.method === "GET" && task) {
        const uid = Number(task[1]);
        const outcome = taskOutcomes[uid] ?? { status: "succeeded" };
        return send(200, { uid, indexUid: "x", status: outcome.status, type: "documentAdditionOrUpdate", error: outcome.error ?? null, enqueuedAt: new Date().toISOString() });
      }
      if (req.method === "POST" && /\/search$/.test(path)) return send(200, searchAnswer);
      // Everything else that writes is an enqueued task.
      const uid = ++taskUid;
      const failure = failNextTasks.shift();
      if (failure) taskOutcomes[uid] = { status: "failed", error: failure };
      return send(202, { taskUid: uid, indexUid: "x", status: "enqueued", type: "documentAdditionOrUpdate", enqueuedAt: new Date().toISOString() });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `http://127.0.0.1:${port}`,
    requests,
    failNextTask: (message: string, code = "invalid_document_fields") => failNextTasks.push({ message, code }),
    answerSearch: (answer: unknown) => (searchAnswer = answer),
    answerNextWithStatus: (status: number) => (nextStatus = status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
