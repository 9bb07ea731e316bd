import { createHash } from "node:crypto";
import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { and, eq } from "drizzle-orm";
import type { ZodTypeAny } from "zod";
import { z } from "./zod";
import { getDb } from "~db/client";
import { idempotencyKeys } from "~db/schema";
import type { ApiActor } from "~/auth/actor";
import { DomainError } from "~/domain/errors";
import { authenticate, hasScope } from "./auth.server";
import { ApiProblem, type FieldError } from "./problem";


export type Context<P, Q, B> = { actor: ApiActor; params: P; query: Q; body: B; request: Request };

type AnyObject = z.AnyZodObject;

export type Operation = {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI-style path under /api/v1, e.g. "/accounts/{id}". */
  path: string;
  scope: string;
  summary: string;
  description?: string;
  tag: string;
  params?: AnyObject;
  query?: AnyObject;
  body?: ZodTypeAny;
  /** The schema of `data` in the answer. */
  response: ZodTypeAny;
  list?: boolean;
  status?: number;
  handler: (ctx: Context<any, any, any>) => Promise<unknown>;
};

export function operation<P extends AnyObject, Q extends AnyObject, B extends ZodTypeAny>(op: Omit<Operation, "handler" | "params" | "query" | "body"> & { params?: P; query?: Q; body?: B; handler: (ctx: Context<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<unknown> }): Operation {
  return op as Operation;
}

function fieldErrors(error: z.ZodError, prefix = ""): FieldError[] {
  return error.issues.map((i) => ({ field: `${prefix}${i.path.join(".")}` || "(body)", message: i.message }));
}

function matcher(path: string) {
  const names: string[] = [];
  const pattern = new RegExp(`^${path.replace(/\{(\w+)\}/g, (_, name) => (names.push(name), "([^/]+)"))}$`);
  return (candidate: string) => {
    const m = pattern.exec(candidate);
    return m ? Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) : null;
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/**
 * The API's front door: finds the operation, authenticates the token, checks
 * the scope, validates params, query and body with the operation's zod
 * schemas, replays POSTs with a known Idempotency-Key, runs the handler and
 * answers JSON — or problem+json for every error.
 */
export function createRouter(operations: Operation[]) {
  const compiled = operations.map((op) => ({ op, match: matcher(op.path) }));
  return async function handle(request: Request, path: string): Promise<Response> {
    const instance = new URL(request.url).pathname;
    try {
      const method = request.method.toLowerCase();
      const candidates = compiled.map((c) => ({ ...c, params: c.match(`/${path.replace(/\/+$/, "")}`) })).filter((c) => c.params);
      if (!candidates.length) throw new ApiProblem("not-found", `No endpoint ${instance}. See /api/v1/openapi.json.`);
      const found = candidates.find((c) => c.op.method === method);
      if (!found) throw new ApiProblem("method-not-allowed", `${request.method} is not allowed here.`, { headers: { Allow: candidates.map((c) => c.op.method.toUpperCase()).join(", ") } });
      const { op } = found;
      const actor = await authenticate(request);
      if (!hasScope(actor, op.scope)) throw new ApiProblem("forbidden", `This needs the ${op.scope} scope.`);
      const params = op.params ? op.params.safeParse(found.params) : { success: true as const, data: found.params };
      // A malformed id cannot name anything the token may see.
      if (!params.success) throw new ApiProblem("not-found");
      const url = new URL(request.url);
      const query = op.query ? op.query.safeParse(Object.fromEntries(url.searchParams)) : { success: true as const, data: {} };
      if (!query.success) throw new ApiProblem("validation", "The query string is not valid.", { errors: fieldErrors(query.error, "query.") });
      let rawBody: unknown = undefined;
      let bodyText = "";
      if (op.body) {
        bodyText = await request.text();
        try {
          rawBody = bodyText ? JSON.parse(bodyText) : {};
        } catch {
          throw new ApiProblem("bad-request", "The body is not valid JSON.");
        }
      }
      const body = op.body ? op.body.safeParse(rawBody) : { success: true as const, data: undefined };
      if (!body.success) throw new ApiProblem("validation", undefined, { errors: fieldErrors(body.error) });
      const run = async () => {
        const result = await op.handler({ actor, params: params.data, query: query.data, body: body.data, request });
        return op.list ? result : { data: result };
      };
      if (op.method === "post") return await idempotent(actor, request, instance, bodyText, op.status ?? 201, run);
      return json(await run(), op.status ?? 200);
    } catch (error) {
      if (error instanceof ApiProblem) return error.toResponse(instance);
      if (error instanceof DomainError) {
        const type = { not_found: "not-found", forbidden: "forbidden", conflict: "conflict", invalid: "validation" } as const;
        return new ApiProblem(type[error.kind], error.message, error.kind === "invalid" ? { errors: [{ field: error.field ?? "(body)", message: error.message }] } : {}).toResponse(instance);
      }
      if (error instanceof Response) return error.status === 404 ? new ApiProblem("not-found").toResponse(instance) : error;
      console.error(error);
      return new ApiProblem("server-error").toResponse(instance);
    }
  };
}

/**
 * Idempotency-Key on POST: the first answer is stored with a hash of the
 * request; a repeat returns it unchanged, the same key with another body is
 * 422. The key is claimed before the work runs, so two racing repeats cannot
 * both create; a failed first attempt releases it.
 */
async function idempotent(actor: ApiActor, request: Request, path: string, bodyText: string, status: number, run: () => Promise<unknown>): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (!key) return json(await run(), status);
  if (key.length > 200) throw new ApiProblem("bad-request", "Idempotency-Key is at most 200 characters.");
  const db = getDb();
  const requestHash = createHash("sha256").update(`POST ${path}\n${bodyText}`).digest("hex");
  const claimed = await db.insert(idempotencyKeys).values({ tokenId: actor.tokenId, key, requestHash, method: "POST", path }).onConflictDoNothing().returning({ id: idempotencyKeys.id });
  if (!claimed.length) {
    const [first] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tokenId, actor.tokenId), eq(idempotencyKeys.key, key))).limit(1);
    if (first.requestHash !== requestHash) throw new ApiProblem("idempotency-mismatch", "This Idempotency-Key was used with a different request.");
    if (first.responseStatus === null) throw new ApiProblem("conflict", "The first request with this Idempotency-Key is still running; retry shortly.", { headers: { "Retry-After": "1" } });
    return json(first.responseBody, first.responseStatus, { "Idempotent-Replayed": "true" });
  }
  try {
    const result = await run();
    await db.update(idempotencyKeys).set({ responseStatus: status, responseBody: result }).where(eq(idempotencyKeys.id, claimed[0].id));
    return json(result, status);
  } catch (error) {
    await db.delete(idempotencyKeys).where(eq(idempotencyKeys.id, claimed[0].id));
    throw error;
  }
}

/** OpenAPI 3.1 from the same zod schemas that validate requests. */
export function openApiDocument(operations: Operation[], serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "An API token from the desk (Admin → API tokens) or `npm run api-token:create`." });
  const problem = z.object({ type: z.string().url(), title: z.string(), status: z.number().int(), detail: z.string().optional(), instance: z.string().optional(), errors: z.array(z.object({ field: z.string(), message: z.string() })).optional() }).openapi("Problem");
  const problems = Object.fromEntries(
    [
      [401, "Missing or invalid token"],
      [403, "The token lacks the scope"],
      [404, "Not found, or outside the token's reach"],
      [422, "Validation failed (field errors), or an Idempotency-Key reused with another body"],
      [429, "Rate limited; see Retry-After"],
    ].map(([code, description]) => [code, { description: String(description), content: { "application/problem+json": { schema: problem } } }]),
  );
  for (const op of operations) {
    registry.registerPath({
      method: op.method,
      path: `/api/v1${op.path}`,
      summary: op.summary,
      description: `${op.description ? `${op.description}\n\n` : ""}Scope: \`${op.scope}\`.`,
      tags: [op.tag],
      security: [{ bearer: [] }],
      request: {
        ...(op.params ? { params: op.params } : {}),
        ...(op.query ? { query: op.query } : {}),
        ...(op.body ? { body: { content: { "application/json": { schema: op.body } } } } : {}),
        ...(op.method === "post" ? { headers: z.object({ "Idempotency-Key": z.string().max(200).optional().openapi({ description: "Repeat a POST safely: the same key returns the first answer." }) }) } : {}),
      },
      responses: {
        [op.status ?? (op.method === "post" ? 201 : 200)]: {
          description: op.list ? "A page of results" : "The result",
          content: { "application/json": { schema: op.list ? z.object({ data: z.array(op.response), nextCursor: z.string().nullable() }) : z.object({ data: op.response }) } },
        },
        ...problems,
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Accord API", version: "1.0.0", description: "The headless CRM: accounts, contacts, catalog, orders, tickets, knowledge base and activities. JSON over HTTPS with bearer tokens; errors are RFC 9457 problem+json; lists page with `limit` and `cursor` and sync with `updatedSince`." },
    servers: [{ url: serverUrl }],
  });
}
