import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown };
export type ScriptedAnswer = { status: number; body: unknown } | "hang-up";

/**
 * A stand-in for api.resend.com on localhost: records what the Resend SDK
 * sends and answers what the test scripted. Only the HTTP boundary is faked.
 */
export async function startFakeResend() {
  const requests: RecordedRequest[] = [];
  const script: ScriptedAnswer[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: raw ? JSON.parse(raw) : null });
      const answer = script.shift() ?? { status: 200, body: { id: `re_${requests.length}` } };
      if (answer === "hang-up") return req.socket.destroy();
      res.writeHead(answer.status, { "Content-Type": "application/json" }).end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerNext: (...answers: ScriptedAnswer[]) => script.push(...answers),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
