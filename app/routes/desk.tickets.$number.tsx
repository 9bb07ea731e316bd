import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { DomainError } from "~/domain/errors";
import { agentReply, assignToMe, getTicketForStaff } from "~/domain/support/desk.server";
import { CATEGORY_LABEL, ticketNumberParam } from "~/domain/support/support.schema";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FormAlert, inputClass } from "~/ui/field";
import { formatDateTime, formatRelative } from "~/ui/format";
import { TICKET_PRIORITY, TICKET_STATUS, TICKET_STATUS_DESK, TIER } from "~/ui/status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `#${data?.ticket.number ?? ""} · Accord desk` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const ticket = await domainCall(() => getTicketForStaff(actor, ticketNumberParam(params.number)));
  return { ticket, me: actor.userId, timezone: actor.timezone, now: Date.now() };
}

const replyForm = z.object({
  intent: z.literal("reply"),
  body: z.string().trim().min(1, "Write the reply or note.").max(20_000),
  visibility: z.enum(["public", "internal"]),
  status: z.enum(["new", "open", "pending_customer", "on_hold", "solved", "closed"]).optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request);
  const number = ticketNumberParam(params.number);
  const form = Object.fromEntries(await request.formData());
  try {
    if (form.intent === "assign") {
      await assignToMe(actor, number);
      return redirect(`/desk/tickets/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: `#${number} is yours.` }) } });
    }
    const parsed = replyForm.safeParse(form);
    if (!parsed.success) return data({ error: parsed.error.issues[0].message }, { status: 400 });
    await agentReply(actor, number, parsed.data);
    return redirect(`/desk/tickets/${number}`, {
      headers: { "Set-Cookie": await flashHeader({ message: parsed.data.visibility === "public" ? "Reply sent to the customer." : "Internal note added." }) },
    });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message }, { status: 409 });
    throw error;
  }
}

export default function DeskTicket() {
  const { ticket, me, timezone, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const due = ticket.firstRespondedAt ? ticket.resolutionDueAt : ticket.firstResponseDueAt;
  const late = due ? new Date(due).getTime() < now : false;
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/tickets" className="text-brand-700 hover:underline">← Queue</Link></p>
      <PageHeader
        eyebrow={`${CATEGORY_LABEL[ticket.category]} · opened ${formatDateTime(ticket.createdAt, timezone)} via ${ticket.channel}`}
        title={<span className="flex flex-wrap items-center gap-3">#{ticket.number} {ticket.subject}<Badge tone={TICKET_STATUS[ticket.status].tone}>{TICKET_STATUS_DESK[ticket.status]}</Badge><Badge tone={TICKET_PRIORITY[ticket.priority].tone}>{TICKET_PRIORITY[ticket.priority].label}</Badge></span>}
        actions={
          ticket.assigneeId !== me ? (
            <Form method="post"><input type="hidden" name="intent" value="assign" /><Button type="submit" variant="secondary">Assign to me</Button></Form>
          ) : undefined
        }
      />
      {due && ticket.status !== "solved" && ticket.status !== "closed" ? (
        <p className={cx("mb-4 rounded-md px-3 py-2 text-sm ring-1 ring-inset", late ? "bg-red-50 text-red-800 ring-red-200" : "bg-sky-50 text-sky-900 ring-sky-200")}>
          {ticket.firstRespondedAt ? "Resolution" : "First response"} {late ? "was due" : "due"} {formatRelative(due, now)} ({formatDateTime(due, timezone)})
          {ticket.status === "pending_customer" ? " — the clock is paused while we wait for the customer." : "."}
        </p>
      ) : null}
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <Card labelledBy="thread-title">
            <CardHeader id="thread-title" title="Thread" />
            <ol className="divide-y divide-slate-100">
              {ticket.messages.map((m) => (
                <li key={m.id} className={cx("px-5 py-4", m.visibility === "internal" && "border-l-4 border-amber-400 bg-amber-50")}>
                  <p className="text-sm font-medium text-slate-900">
                    {m.authorName ?? "—"}
                    {m.visibility === "internal" ? <span className="ml-2"><Badge tone="warning">Internal note</Badge></span> : m.authorKind === "customer" ? <span className="ml-2"><Badge tone="neutral">Customer</Badge></span> : null}
                    <span className="ml-2 text-xs font-normal text-slate-500">{formatDateTime(m.createdAt, timezone)}</span>
                  </p>
                  <p className="mt-2 whitespace-pre-wrap text-sm text-slate-800">{m.body}</p>
                </li>
              ))}
            </ol>
          </Card>
          {ticket.status !== "closed" ? (
            <Card labelledBy="reply-title">
              <CardHeader id="reply-title" title="Answer" />
              <Form method="post" className="space-y-3 px-5 py-4">
                <input type="hidden" name="intent" value="reply" />
                <fieldset className="flex gap-4 text-sm">
                  <legend className="sr-only">Who sees it</legend>
                  <label className="flex items-center gap-2"><input type="radio" name="visibility" value="public" defaultChecked /> Public reply (e-mailed to {ticket.requesterName ?? "the requester"})</label>
                  <label className="flex items-center gap-2"><input type="radio" name="visibility" value="internal" /> Internal note</label>
                </fieldset>
                <label htmlFor="reply-body" className="sr-only">Reply or note</label>
                <textarea id="reply-body" name="body" rows={6} maxLength={20000} className={inputClass} />
                <div className="flex flex-wrap items-end gap-3">
                  <div className="w-56">
                    <label htmlFor="status" className="block text-sm font-medium text-slate-800">Then set status</label>
                    <select id="status" name="status" defaultValue={ticket.status === "new" ? "open" : ticket.status} className={cx(inputClass, "mt-1.5")}>
                      {(["open", "pending_customer", "on_hold", "solved"] as const).map((s) => <option key={s} value={s}>{TICKET_STATUS_DESK[s]}</option>)}
                    </select>
                  </div>
                  <Button type="submit" pending={navigation.formData?.get("intent") === "reply"} pendingText="Sending…">Send</Button>
                </div>
              </Form>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card labelledBy="customer-title">
            <CardHeader id="customer-title" title={ticket.accountName} description={ticket.requesterName ? `${ticket.requesterName} · ${ticket.requesterEmail}` : undefined} />
            <dl className="space-y-2 px-5 py-4 text-sm">
              <div className="flex justify-between"><dt className="text-slate-500">Tier</dt><dd><Badge tone={TIER[ticket.tier].tone}>{TIER[ticket.tier].label}</Badge></dd></div>
              <div className="flex justify-between"><dt className="text-slate-500">Account manager</dt><dd>{ticket.ownerName ?? "—"}</dd></div>
              <div className="flex justify-between"><dt className="text-slate-500">Open orders</dt><dd className="tabular">{ticket.openOrders}</dd></div>
              {ticket.orderNumber ? <div className="flex justify-between"><dt className="text-slate-500">About order</dt><dd><Link to={`/desk/orders/${ticket.orderNumber}`} className="text-brand-700 hover:underline">{ticket.orderNumber}</Link></dd></div> : null}
            </dl>
            {ticket.recent.length ? (
              <div className="border-t border-slate-100 px-5 py-4 text-sm">
                <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Recent tickets</p>
                <ul className="mt-2 space-y-1">
                  {ticket.recent.map((r) => <li key={r.number}><Link to={`/desk/tickets/${r.number}`} className="text-brand-700 hover:underline">#{r.number}</Link> {r.subject} <span className="text-xs text-slate-500">({TICKET_STATUS_DESK[r.status]})</span></li>)}
                </ul>
              </div>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
