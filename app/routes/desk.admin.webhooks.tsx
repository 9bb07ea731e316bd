import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaffCan } from "~/auth/guards.server";
import { DomainError } from "~/domain/errors";
import { createEndpoint, deleteEndpoint, endpointSchema, listDeliveries, listEndpoints, resendDelivery, setEndpointActive, WEBHOOK_EVENTS } from "~/domain/platform/webhooks.server";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { Field, FormAlert } from "~/ui/field";
import { formatDateTime } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Webhooks · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  const [endpoints, deliveries] = await Promise.all([listEndpoints(actor), listDeliveries(actor)]);
  return { endpoints, deliveries, events: WEBHOOK_EVENTS, timezone: actor.timezone };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  const form = await request.formData();
  const intent = form.get("intent");
  const id = z.string().uuid().safeParse(form.get("id"));
  try {
    if (intent === "create") {
      const parsed = endpointSchema.safeParse({ url: form.get("url"), description: form.get("description") ?? undefined, eventTypes: form.getAll("eventTypes") });
      if (!parsed.success) return data({ error: parsed.error.issues[0].message, secret: null }, { status: 400 });
      const { secret } = await createEndpoint(actor, parsed.data);
      // The signing secret is shown once, in this answer only.
      return data({ error: null, secret });
    }
    if (!id.success) throw new Response("Not found", { status: 404 });
    if (intent === "resend") await resendDelivery(actor, id.data);
    else if (intent === "delete") await deleteEndpoint(actor, id.data);
    else await setEndpointActive(actor, id.data, intent === "enable");
    return redirect("/desk/admin/webhooks", { headers: { "Set-Cookie": await flashHeader({ message: intent === "resend" ? "Queued again." : "Saved." }) } });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message, secret: null }, { status: 400 });
    throw error;
  }
}

const TONE = { pending: "warning", delivered: "success", failed: "danger" } as const;

export default function Webhooks() {
  const { endpoints, deliveries, events, timezone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader title="Webhooks" description="Other systems hear about orders, quotes, tickets, accounts and contacts as they happen: signed POSTs, retried with backoff for about a day." />
      {actionData?.secret ? (
        <div role="status" className="mb-6 rounded-md bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-inset ring-emerald-200">
          <p className="font-medium">Signing secret — copy it now, it will not be shown again:</p>
          <code className="mt-2 block select-all break-all rounded bg-white px-3 py-2 font-mono ring-1 ring-emerald-200">{actionData.secret}</code>
        </div>
      ) : null}
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      <div className="mb-6 grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card className="xl:col-span-2" labelledBy="endpoints-title">
          <CardHeader id="endpoints-title" title="Endpoints" />
          {endpoints.length ? (
            <ul className="divide-y divide-slate-100">
              {endpoints.map((e) => (
                <li key={e.id} className="flex items-start justify-between gap-3 px-5 py-3 text-sm">
                  <div className="min-w-0">
                    <p className="truncate font-mono text-slate-900">{e.url}</p>
                    <p className="text-xs text-slate-500">{e.description ? `${e.description} · ` : ""}{e.eventTypes.join(", ")}</p>
                  </div>
                  <div className="flex shrink-0 items-center gap-2">
                    <Badge tone={e.active ? "success" : "neutral"}>{e.active ? "Active" : "Paused"}</Badge>
                    <Form method="post"><input type="hidden" name="id" value={e.id} /><input type="hidden" name="intent" value={e.active ? "disable" : "enable"} /><button className="text-xs text-brand-700 hover:underline" type="submit">{e.active ? "Pause" : "Resume"}</button></Form>
                    <Form method="post"><input type="hidden" name="id" value={e.id} /><input type="hidden" name="intent" value="delete" /><button className="text-xs text-red-700 hover:underline" type="submit">Delete</button></Form>
                  </div>
                </li>
              ))}
            </ul>
          ) : <EmptyState title="No endpoints yet" />}
        </Card>
        <Card labelledBy="new-endpoint" className="h-fit">
          <CardHeader id="new-endpoint" title="New endpoint" />
          <Form method="post" className="space-y-3 px-5 py-4">
            <input type="hidden" name="intent" value="create" />
            <Field label="URL" inputProps={{ id: "wh-url", name: "url", type: "url", placeholder: "https://erp.example.com/accord-events" }} />
            <Field label="Description (optional)" inputProps={{ id: "wh-description", name: "description", maxLength: 200 }} />
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Events</legend>
              <div className="mt-2 grid grid-cols-1 gap-1 text-sm 2xl:grid-cols-2">
                {events.map((ev) => <label key={ev} className="flex items-center gap-2"><input type="checkbox" name="eventTypes" value={ev} /> <code className="text-xs">{ev}</code></label>)}
              </div>
            </fieldset>
            <Button type="submit">Add endpoint</Button>
          </Form>
        </Card>
      </div>
      <Card labelledBy="deliveries-title">
        <CardHeader id="deliveries-title" title="Delivery log" description="The last 100 deliveries." />
        {deliveries.length ? (
          <Table caption="Deliveries">
            <HeadRow><Th>Event</Th><Th>Endpoint</Th><Th>Status</Th><Th className="text-right">Tries</Th><Th className="text-right">Answer</Th><Th>Last try</Th><Th><span className="sr-only">Resend</span></Th></HeadRow>
            <Body>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <Td><code className="text-xs">{d.eventType}</code><p className="font-mono text-[11px] text-slate-400">{d.eventId}</p></Td>
                  <Td className="max-w-xs truncate font-mono text-xs">{d.url}</Td>
                  <Td><Badge tone={TONE[d.status]}>{d.status}</Badge>{d.lastError ? <p className="mt-1 text-xs text-red-700">{d.lastError}</p> : null}</Td>
                  <Td className="tabular text-right">{d.attempts}</Td>
                  <Td className="tabular text-right">{d.responseStatus ?? "—"}</Td>
                  <Td className="whitespace-nowrap text-slate-600">{formatDateTime(d.updatedAt, timezone)}</Td>
                  <Td><Form method="post"><input type="hidden" name="id" value={d.id} /><input type="hidden" name="intent" value="resend" /><button type="submit" className="text-xs text-brand-700 hover:underline">Resend</button></Form></Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : <EmptyState title="Nothing sent yet" />}
      </Card>
    </>
  );
}
