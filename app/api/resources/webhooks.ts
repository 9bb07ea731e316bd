import { z } from "../zod";
import { createEndpoint, deleteEndpoint, endpointSchema, listEndpoints, WEBHOOK_EVENTS } from "~/domain/platform/webhooks.server";
import { ApiProblem } from "../problem";
import { operation } from "../router.server";
import { staffOnly } from "./scope";

const Endpoint = z.object({ id: z.string().uuid(), url: z.string(), description: z.string().nullable(), eventTypes: z.array(z.enum(WEBHOOK_EVENTS)), active: z.boolean(), createdAt: z.date(), updatedAt: z.date() }).openapi("WebhookEndpoint");

export const webhookOperations = [
  operation({
    method: "get",
    path: "/webhooks",
    scope: "webhooks:read",
    tag: "Webhooks",
    summary: "List webhook endpoints",
    response: Endpoint,
    list: true,
    handler: async ({ actor }) => {
      staffOnly(actor);
      return { data: await listEndpoints("api"), nextCursor: null };
    },
  }),
  operation({
    method: "post",
    path: "/webhooks",
    scope: "webhooks:write",
    tag: "Webhooks",
    summary: "Register a webhook endpoint",
    description: `Events: ${WEBHOOK_EVENTS.join(", ")}. The answer carries the signing \`secret\` — the only time it is shown. Deliveries are POSTs with \`Accord-Event-Id\`, \`Accord-Timestamp\` and \`Accord-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>">\`; a non-2xx answer is retried with backoff for about a day.`,
    body: z.object({ url: z.string().url(), description: z.string().max(200).nullish(), eventTypes: z.array(z.enum(WEBHOOK_EVENTS)).min(1) }).strict().openapi("WebhookEndpointInput"),
    response: Endpoint.extend({ secret: z.string() }),
    handler: async ({ actor, body }) => {
      staffOnly(actor);
      const parsed = endpointSchema.safeParse({ ...body, description: body.description ?? undefined });
      if (!parsed.success) throw new ApiProblem("validation", undefined, { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })) });
      const { id, secret } = await createEndpoint("api", parsed.data);
      const [created] = (await listEndpoints("api")).filter((e) => e.id === id);
      return { ...created, secret };
    },
  }),
  operation({
    method: "delete",
    path: "/webhooks/{id}",
    scope: "webhooks:write",
    tag: "Webhooks",
    summary: "Remove a webhook endpoint",
    params: z.object({ id: z.string().uuid() }),
    response: z.object({ deleted: z.literal(true) }),
    handler: async ({ actor, params }) => {
      staffOnly(actor);
      await deleteEndpoint("api", params.id);
      return { deleted: true as const };
    },
  }),
];
