import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { DomainError } from "~/domain/errors";
import { env } from "~/env.server";
import { readTicketForm, uploadedFiles, withUploads } from "~/domain/support/attachments.server";
import { agentReply, assignToMe, getTicketForStaff, listAssignableStaff } from "~/domain/support/desk.server";
import { listMacros, macroForTicket } from "~/domain/support/macros.server";
import { CATEGORY_LABEL, TICKET_CATEGORIES, TICKET_PRIORITIES, ticketNumberParam } from "~/domain/support/support.schema";
import { mergeTicket, updateTicket } from "~/domain/support/ticket-edits.server";
import { AttachmentInput, AttachmentList } from "~/ui/attachments";
import { Badge } from "~/ui/badge";
import { SEGMENT_LABEL } from "~/domain/analytics/config";
import { Button, ButtonLink } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FormAlert, inputClass } from "~/ui/field";
import { formatDateTime, formatRelative } from "~/ui/format";
import { TICKET_PRIORITY, TICKET_STATUS, TICKET_STATUS_DESK, TIER } from "~/ui/status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `#${data?.ticket.number ?? ""} · Accord desk` }];

const STATUSES = ["new", "open", "pending_customer", "on_hold", "solved", "closed"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const ticket = await domainCall(() => getTicketForStaff(actor, ticketNumberParam(params.number)));
  const macroId = z.string().uuid().safeParse(new URL(request.url).searchParams.get("macro"));
  const [staff, macros, macro] = await Promise.all([
    listAssignableStaff(),
    listMacros(),
    macroId.success ? domainCall(() => macroForTicket(actor, macroId.data, ticket)) : null,
  ]);
  return {
    ticket,
    staff,
    macros: macros.map((m) => ({ id: m.id, name: m.name })),
    macro,
    me: actor.userId,
    timezone: actor.timezone,
    now: Date.now(),
    maxMb: Math.round(env().MAX_ATTACHMENT_BYTES / 1_048_576),
  };
}

const replyForm = z.object({
  body: z.string().trim().min(1, "Write the reply or note.").max(20_000, "Keep it under 20,000 characters."),
  visibility: z.enum(["public", "internal"]),
  status: z.enum(STATUSES).optional(),
});

const propertiesForm = z.object({
  status: z.enum(STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  category: z.enum(TICKET_CATEGORIES),
  assigneeId: z.union([z.literal(""), z.string().uuid()]).transform((v) => v || null),
});

const mergeForm = z.object({ into: z.coerce.number({ invalid_type_error: "Enter the number of the ticket to keep." }).int().positive("Enter the number of the ticket to keep.") });

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request);
  const number = ticketNumberParam(params.number);
  const done = async (message: string, to = number) => redirect(`/desk/tickets/${to}`, { headers: { "Set-Cookie": await flashHeader({ message }) } });
  // Which form an error belongs to: uploads that fail before parsing come from the reply form.
  let errorForm: "reply" | "properties" | "merge" | "any" = request.headers.get("content-type")?.includes("multipart") ? "reply" : "any";
  try {
    const formData = await readTicketForm(request);
    const form = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));
    if (form.intent === "reply" || form.intent === "properties" || form.intent === "merge") errorForm = form.intent;
    switch (form.intent) {
      case "assign":
        await assignToMe(actor, number);
        return done(`#${number} is yours.`);
      case "properties": {
        const parsed = propertiesForm.safeParse(form);
        if (!parsed.success) return data({ error: parsed.error.issues[0].message, form: "properties" as const }, { status: 400 });
        const changed = await updateTicket(actor, number, parsed.data);
        return done(changed.length ? `Saved: ${changed.join(", ")}.` : "Nothing changed.");
      }
      case "merge": {
        const parsed = mergeForm.safeParse(form);
        if (!parsed.success) return data({ error: parsed.error.issues[0].message, form: "merge" as const }, { status: 400 });
        await mergeTicket(actor, number, parsed.data.into);
        return done(`#${number} was merged into this ticket.`, parsed.data.into);
      }
      default: {
        const parsed = replyForm.safeParse(form);
        if (!parsed.success) return data({ error: parsed.error.issues[0].message, form: "reply" as const }, { status: 400 });
        await withUploads(uploadedFiles(formData), (files) => agentReply(actor, number, parsed.data, files));
        return done(parsed.data.visibility === "public" ? "Reply sent to the customer." : "Internal note added.");
      }
    }
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message, form: errorForm }, { status: error.kind === "invalid" ? 400 : 409 });
    throw error;
  }
}

function SlaClock({ label, due, doneAt, breachedAt, paused, timezone, now }: { label: string; due: string | Date | null; doneAt: string | Date | null; breachedAt: string | Date | null; paused: boolean; timezone: string; now: number }) {
  if (!due) return null;
  const late = !doneAt && new Date(due).getTime() < now;
  let text: string;
  let tone: "danger" | "success" | "info" | "neutral" = "info";
  if (doneAt) {
    const met = new Date(doneAt).getTime() <= new Date(due).getTime();
    text = `${met ? "Met" : "Missed"} — done ${formatDateTime(doneAt, timezone)}`;
    tone = met ? "success" : "danger";
  } else if (breachedAt || late) {
    text = `Breached — was due ${formatRelative(due, now)} (${formatDateTime(due, timezone)})`;
    tone = "danger";
  } else {
    text = `Due ${formatRelative(due, now)} (${formatDateTime(due, timezone)})${paused ? " — paused while we wait for the customer" : ""}`;
    tone = paused ? "neutral" : "info";
  }
  const styles = { danger: "bg-red-50 text-red-800 ring-red-200", success: "bg-emerald-50 text-emerald-800 ring-emerald-200", info: "bg-sky-50 text-sky-900 ring-sky-200", neutral: "bg-slate-50 text-slate-700 ring-slate-200" };
  return (
    <p className={cx("rounded-md px-3 py-2 text-sm ring-1 ring-inset", styles[tone])}>
      <span className="font-medium">{label}:</span> {text}
    </p>
  );
}

export default function DeskTicket() {
  const { ticket, staff, macros, macro, me, timezone, now, maxMb } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const open = ticket.status !== "solved" && ticket.status !== "closed";
  const paused = ticket.status === "pending_customer";
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/tickets" className="text-brand-700 hover:underline">← Queue</Link></p>
      <PageHeader
        eyebrow={`${CATEGORY_LABEL[ticket.category]} · opened ${formatDateTime(ticket.createdAt, timezone)} via ${ticket.channel}`}
        title={<span className="flex flex-wrap items-center gap-3">#{ticket.number} {ticket.subject}<Badge tone={TICKET_STATUS[ticket.status].tone}>{TICKET_STATUS_DESK[ticket.status]}</Badge><Badge tone={TICKET_PRIORITY[ticket.priority].tone}>{TICKET_PRIORITY[ticket.priority].label}</Badge></span>}
        actions={
          ticket.assigneeId !== me && !ticket.mergedIntoTicketId ? (
            <Form method="post"><input type="hidden" name="intent" value="assign" /><Button type="submit" variant="secondary">Assign to me</Button></Form>
          ) : undefined
        }
      />
      {ticket.mergedIntoNumber ? (
        <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">Merged into <Link to={`/desk/tickets/${ticket.mergedIntoNumber}`} className="font-medium text-brand-700 hover:underline">#{ticket.mergedIntoNumber}</Link>; the conversation continues there.</p>
      ) : null}
      {open || ticket.firstRespondedAt ? (
        <div className="mb-4 grid gap-2 md:grid-cols-2" aria-label="SLA">
          <SlaClock label="First response" due={ticket.firstResponseDueAt} doneAt={ticket.firstRespondedAt} breachedAt={ticket.firstResponseBreachedAt} paused={false} timezone={timezone} now={now} />
          <SlaClock label="Resolution" due={ticket.resolutionDueAt} doneAt={ticket.solvedAt} breachedAt={ticket.resolutionBreachedAt} paused={paused} timezone={timezone} now={now} />
        </div>
      ) : null}
      {actionData?.error && actionData.form === "any" ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <Card labelledBy="thread-title">
            <CardHeader id="thread-title" title="Thread" description="Internal notes (amber) never reach the customer." />
            <ol className="divide-y divide-slate-100">
              {ticket.messages.map((m) => (
                <li key={m.id} className={cx("px-5 py-4", m.visibility === "internal" && "border-l-4 border-amber-400 bg-amber-50")}>
                  <div className="flex items-start justify-between gap-3">
                    <p className="text-sm font-medium text-slate-900">
                      {m.authorName ?? "—"}
                      {m.visibility === "internal" ? <span className="ml-2"><Badge tone="warning">Internal note</Badge></span> : m.authorKind === "customer" ? <span className="ml-2"><Badge tone="neutral">Customer</Badge></span> : null}
                      <span className="ml-2 text-xs font-normal text-slate-500">{formatDateTime(m.createdAt, timezone)}</span>
                    </p>
                    {m.authorKind === "staff" ? <Link to={`/desk/kb/new?fromMessage=${m.id}`} className="shrink-0 text-xs text-brand-700 hover:underline">Turn into article</Link> : null}
                  </div>
                  <p className="mt-2 whitespace-pre-wrap text-sm text-slate-800">{m.body}</p>
                  <AttachmentList files={m.attachments} base={`/desk/tickets/${ticket.number}/files`} />
                </li>
              ))}
            </ol>
          </Card>
          {ticket.status !== "closed" ? (
            <Card labelledBy="reply-title">
              <CardHeader
                id="reply-title"
                title="Answer"
                action={
                  macros.length ? (
                    <Form method="get" className="flex items-center gap-2" preventScrollReset>
                      <label htmlFor="macro" className="text-sm text-slate-600">Canned reply</label>
                      <div className="w-48">
                        <select id="macro" name="macro" defaultValue={macro?.id ?? ""} className={inputClass}>
                          <option value="" disabled>Choose…</option>
                          {macros.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                        </select>
                      </div>
                      <Button type="submit" variant="secondary">Insert</Button>
                    </Form>
                  ) : undefined
                }
              />
              <Form method="post" encType="multipart/form-data" className="space-y-3 px-5 py-4" key={macro?.id ?? "blank"}>
                <input type="hidden" name="intent" value="reply" />
                {actionData?.error && actionData.form === "reply" ? <FormAlert errors={[actionData.error]} /> : null}
                <fieldset className="flex flex-wrap gap-4 text-sm">
                  <legend className="sr-only">Who sees it</legend>
                  <label className="flex items-center gap-2"><input type="radio" name="visibility" value="public" defaultChecked /> Public reply (e-mailed to {ticket.requesterName ?? "the requester"})</label>
                  <label className="flex items-center gap-2"><input type="radio" name="visibility" value="internal" /> Internal note</label>
                </fieldset>
                <label htmlFor="reply-body" className="sr-only">Reply or note</label>
                <textarea id="reply-body" name="body" rows={8} maxLength={20000} className={inputClass} defaultValue={macro?.body ?? ""} />
                <AttachmentInput id="reply-attachments" maxMb={maxMb} />
                <div className="flex flex-wrap items-end gap-3">
                  <div className="w-56">
                    <label htmlFor="status" className="block text-sm font-medium text-slate-800">Then set status</label>
                    <select id="status" name="status" defaultValue={macro?.setStatus ?? (ticket.status === "new" ? "open" : ticket.status)} className={cx(inputClass, "mt-1.5")}>
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
          <Card labelledBy="properties-title">
            <CardHeader id="properties-title" title="Ticket" />
            <Form method="post" className="space-y-3 px-5 py-4">
              <input type="hidden" name="intent" value="properties" />
              {actionData?.error && actionData.form === "properties" ? <FormAlert errors={[actionData.error]} /> : null}
              <Select id="prop-status" name="status" label="Status" value={ticket.status} options={STATUSES.map((s) => [s, TICKET_STATUS_DESK[s]])} />
              <Select id="prop-priority" name="priority" label="Priority" value={ticket.priority} options={TICKET_PRIORITIES.map((p) => [p, TICKET_PRIORITY[p].label])} />
              <Select id="prop-category" name="category" label="Category" value={ticket.category} options={TICKET_CATEGORIES.map((c) => [c, CATEGORY_LABEL[c]])} />
              <Select id="prop-assignee" name="assigneeId" label="Assignee" value={ticket.assigneeId ?? ""} options={[["", "Unassigned"], ...staff.map((s) => [s.id, s.name] as [string, string])]} />
              <p className="text-xs text-slate-500">A new priority applies that priority's SLA targets from when the ticket was logged.</p>
              <Button type="submit" variant="secondary" disabled={!!ticket.mergedIntoTicketId}>Save changes</Button>
            </Form>
          </Card>
          <Card labelledBy="customer-title">
            <CardHeader id="customer-title" title={<Link to={`/desk/accounts/${ticket.accountId}`} className="hover:underline">{ticket.accountName}</Link>} description={ticket.requesterName ? `${ticket.requesterName} · ${ticket.requesterEmail}` : undefined} />
            <dl className="space-y-2 px-5 py-4 text-sm">
              <div className="flex justify-between"><dt className="text-slate-500">Tier</dt><dd><Badge tone={TIER[ticket.tier].tone}>{TIER[ticket.tier].label}</Badge></dd></div>
              <div className="flex justify-between"><dt className="text-slate-500">Account manager</dt><dd>{ticket.ownerName ?? "—"}</dd></div>
              {ticket.segment ? <div className="flex justify-between"><dt className="text-slate-500">Value segment</dt><dd>{SEGMENT_LABEL[ticket.segment]}{ticket.churnRisk !== null && ticket.churnRisk >= 0.3 ? <span className="ml-1 text-xs text-red-700">(churn risk {Math.round(ticket.churnRisk * 100)}%)</span> : null}</dd></div> : null}
              <div className="flex justify-between"><dt className="text-slate-500">Open orders</dt><dd className="tabular">{ticket.openOrders}</dd></div>
              {ticket.orderNumber ? <div className="flex justify-between"><dt className="text-slate-500">About order</dt><dd><Link to={`/desk/orders/${ticket.orderNumber}`} className="text-brand-700 hover:underline">{ticket.orderNumber}</Link></dd></div> : null}
              {ticket.line ? <div className="flex justify-between gap-3"><dt className="text-slate-500">Product</dt><dd className="text-right">{ticket.line.name} <span className="text-xs text-slate-500">({ticket.line.sku})</span></dd></div> : null}
              {ticket.satisfactionRating ? <div className="flex justify-between"><dt className="text-slate-500">Customer rating</dt><dd className="tabular">{ticket.satisfactionRating}/5</dd></div> : null}
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
          {!ticket.mergedIntoTicketId && ticket.status !== "closed" ? (
            <Card labelledBy="merge-title">
              <CardHeader id="merge-title" title="Merge a duplicate" description="Moves this ticket's messages and files into another ticket of the same customer and closes this one." />
              <Form method="post" className="flex items-end gap-2 px-5 py-4">
                <input type="hidden" name="intent" value="merge" />
                <div className="flex-1">
                  <label htmlFor="merge-into" className="block text-sm font-medium text-slate-800">Merge into ticket #</label>
                  <input id="merge-into" name="into" inputMode="numeric" className={cx(inputClass, "mt-1.5")} placeholder="e.g. 10231" />
                </div>
                <Button type="submit" variant="secondary">Merge</Button>
              </Form>
              {actionData?.error && actionData.form === "merge" ? <div className="px-5 pb-4"><FormAlert errors={[actionData.error]} /></div> : null}
            </Card>
          ) : null}
          <p className="text-sm"><ButtonLink to="/desk/macros" variant="ghost">Manage canned replies</ButtonLink></p>
        </div>
      </div>
    </>
  );
}

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={id} name={name} defaultValue={value} className={cx(inputClass, "mt-1.5")}>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}
