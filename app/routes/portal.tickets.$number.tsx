import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { flashHeader } from "~/auth/flash.server";
import { requireCustomer } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { DomainError } from "~/domain/errors";
import { rateAsCustomer } from "~/domain/support/rating.server";
import { CATEGORY_LABEL, ratingSchema, replySchema, ticketNumberParam } from "~/domain/support/support.schema";
import { getCustomerTicket, replyAsCustomer } from "~/domain/support/tickets-commands.server";
import { canReopen, closeAsCustomer, REOPEN_WINDOW_DAYS, reopenAsCustomer, setSharing } from "~/domain/support/ticket-edits.server";
import { readTicketForm, uploadedFiles, withUploads } from "~/domain/support/attachments.server";
import { env } from "~/env.server";
import { AttachmentInput, AttachmentList } from "~/ui/attachments";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FieldErrors, FormAlert, inputClass } from "~/ui/field";
import { formatDateTime, formatRelative } from "~/ui/format";
import { TICKET_PRIORITY, TICKET_STATUS } from "~/ui/status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Ticket #${data?.ticket.number ?? ""} · Accord portal` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const ticket = await domainCall(() => getCustomerTicket(actor, ticketNumberParam(params.number)));
  return { ticket, mine: ticket.requesterContactId === actor.contactId, isAdmin: actor.role === "admin", reopenable: canReopen(ticket), reopenDays: REOPEN_WINDOW_DAYS, maxMb: Math.round(env().MAX_ATTACHMENT_BYTES / 1_048_576), timezone: actor.timezone, now: Date.now() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const number = ticketNumberParam(params.number);
  let formData: FormData;
  try {
    formData = await readTicketForm(request);
  } catch (error) {
    if (error instanceof DomainError) return data({ error: error.message, field: "body" as const }, { status: 400 });
    throw error;
  }
  const form = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));
  if (form.intent === "share" || form.intent === "unshare") {
    await domainCall(() => setSharing(actor, number, form.intent === "share"));
    return redirect(`/portal/tickets/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: form.intent === "share" ? "Your colleagues can now see this ticket." : "Only you (and your company's portal admins) see this ticket now." }) } });
  }
  if (form.intent === "close" || form.intent === "reopen") {
    try {
      if (form.intent === "close") await closeAsCustomer(actor, number);
      else {
        const reason = replySchema.safeParse(form);
        if (!reason.success) return data({ error: "Tell us what is still wrong.", field: "reopen" as const }, { status: 400 });
        await reopenAsCustomer(actor, number, reason.data.body);
      }
    } catch (error) {
      if (error instanceof DomainError && error.kind === "not_found") throw new Response(error.message, { status: 404 });
      if (error instanceof DomainError) return data({ error: error.message, field: "reopen" as const }, { status: 409 });
      throw error;
    }
    return redirect(`/portal/tickets/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: form.intent === "close" ? "Ticket closed. Thank you!" : "Ticket reopened; we are on it." }) } });
  }
  if (form.intent === "rate") {
    const rating = ratingSchema.safeParse(form);
    if (!rating.success) return data({ error: rating.error.issues[0].message, field: "rating" as const }, { status: 400 });
    try {
      await rateAsCustomer(actor, number, rating.data);
    } catch (error) {
      if (error instanceof DomainError && error.kind === "not_found") throw new Response(error.message, { status: 404 });
      if (error instanceof DomainError) return data({ error: error.message, field: "rating" as const }, { status: 409 });
      throw error;
    }
    return redirect(`/portal/tickets/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: "Thank you for rating our help." }) } });
  }
  const parsed = replySchema.safeParse(form);
  if (!parsed.success) return data({ error: parsed.error.issues[0].message, field: "body" as const }, { status: 400 });
  try {
    await withUploads(uploadedFiles(formData), (files) => replyAsCustomer(actor, number, parsed.data.body, files));
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") throw new Response(error.message, { status: 404 });
    if (error instanceof DomainError && error.kind === "invalid") return data({ error: error.message, field: "body" as const }, { status: 400 });
    if (error instanceof DomainError) return data({ error: error.message, field: "form" as const }, { status: 409 });
    throw error;
  }
  return redirect(`/portal/tickets/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: "Reply sent." }) } });
}

export default function TicketPage() {
  const { ticket, mine, isAdmin, reopenable, reopenDays, maxMb, timezone, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const waiting = !ticket.firstRespondedAt && ticket.firstResponseDueAt && ["new", "open"].includes(ticket.status);
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/portal/tickets" className="text-brand-700 hover:underline">← Tickets</Link></p>
      <PageHeader
        eyebrow={`${CATEGORY_LABEL[ticket.category]} · opened ${formatDateTime(ticket.createdAt, timezone)}`}
        title={<span className="flex flex-wrap items-center gap-3">#{ticket.number} {ticket.subject}<Badge tone={TICKET_STATUS[ticket.status].tone}>{TICKET_STATUS[ticket.status].label}</Badge></span>}
        description={ticket.orderNumber ? <>About order <Link to={`/portal/orders/${ticket.orderNumber}`} className="text-brand-700 hover:underline">{ticket.orderNumber}</Link>{ticket.line ? <>, {ticket.line.name} ({ticket.line.sku})</> : null}</> : undefined}
      />
      {waiting ? (
        <p className="mb-6 rounded-md bg-sky-50 px-3 py-2.5 text-sm text-sky-900 ring-1 ring-inset ring-sky-200">
          First response due <span title={formatDateTime(ticket.firstResponseDueAt!, timezone)} className="font-semibold">{formatRelative(ticket.firstResponseDueAt!, now)}</span> ({formatDateTime(ticket.firstResponseDueAt!, timezone)}), within our business hours. Priority: {TICKET_PRIORITY[ticket.priority].label}.
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" labelledBy="thread-title">
          <CardHeader id="thread-title" title="Conversation" />
          <ol className="divide-y divide-slate-100">
            {ticket.messages.map((m) => (
              <li key={m.id} className={cx("px-5 py-4", m.authorKind === "staff" && "bg-brand-50/40")}>
                <p className="text-sm font-medium text-slate-900">
                  {m.authorName ?? "Accord"} {m.authorKind === "staff" ? <Badge tone="info">Accord support</Badge> : null}
                  <span className="ml-2 text-xs font-normal text-slate-500">{formatDateTime(m.createdAt, timezone)}</span>
                </p>
                <p className="mt-2 whitespace-pre-wrap text-sm text-slate-800">{m.body}</p>
                <AttachmentList files={m.attachments} base={`/portal/tickets/${ticket.number}/files`} />
              </li>
            ))}
          </ol>
        </Card>
        <div className="space-y-6">
        {(ticket.status === "solved" || ticket.status === "closed") ? (
          <Card labelledBy="rate-title" className="h-fit">
            <CardHeader id="rate-title" title={ticket.satisfactionRating ? `You rated this ${ticket.satisfactionRating}/5` : "How did we do?"} />
            <Form method="post" className="space-y-3 px-5 py-4">
              <input type="hidden" name="intent" value="rate" />
              <fieldset>
                <legend className="text-sm font-medium text-slate-800">Your rating</legend>
                <div className="mt-2 flex gap-2">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <label key={n} className="flex cursor-pointer flex-col items-center rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500">
                      <input type="radio" name="score" value={n} defaultChecked={ticket.satisfactionRating === n} className="sr-only" />
                      {n}
                    </label>
                  ))}
                </div>
              </fieldset>
              <label htmlFor="rating-comment" className="block text-sm font-medium text-slate-800">Comment (optional)</label>
              <textarea id="rating-comment" name="comment" rows={3} maxLength={2000} defaultValue={ticket.satisfactionComment ?? ""} className={inputClass} />
              {actionData?.field === "rating" ? <FormAlert errors={[actionData.error]} /> : null}
              <Button type="submit" variant="secondary">{ticket.satisfactionRating ? "Update rating" : "Send rating"}</Button>
            </Form>
          </Card>
        ) : null}
        <Card labelledBy="reply-title" className="h-fit">
          <CardHeader id="reply-title" title={ticket.status === "closed" ? "Closed" : "Reply"} />
          {ticket.status === "closed" ? (
            reopenable ? (
              <Form method="post" className="space-y-3 px-5 py-4">
                <input type="hidden" name="intent" value="reopen" />
                <p className="text-sm text-slate-600">This ticket is closed. Not fixed after all? You can reopen it within {reopenDays} days.</p>
                <label htmlFor="reopen-body" className="block text-sm font-medium text-slate-800">What is still wrong?</label>
                <textarea id="reopen-body" name="body" rows={4} maxLength={20000} className={inputClass} />
                {actionData?.field === "reopen" ? <FormAlert errors={[actionData.error]} /> : null}
                <Button type="submit" variant="secondary">Reopen ticket</Button>
              </Form>
            ) : (
              <p className="px-5 py-4 text-sm text-slate-600">{ticket.mergedIntoTicketId ? "This request continues in another ticket (see the last message)." : <>This ticket is closed. <Link to="/portal/tickets/new" className="text-brand-700 underline">Raise a new one</Link> and mention #{ticket.number}.</>}</p>
            )
          ) : (
            <>
              <Form method="post" encType="multipart/form-data" className="space-y-3 px-5 py-4">
                {actionData?.field === "form" ? <FormAlert errors={[actionData.error]} /> : null}
                <label htmlFor="body" className="sr-only">Your reply</label>
                <textarea id="body" name="body" rows={6} maxLength={20000} required aria-invalid={actionData?.field === "body" ? true : undefined} className={inputClass} placeholder={ticket.status === "solved" ? "Not fixed after all? Tell us, and the ticket goes back to our team." : "Add details or answer a question."} />
                <FieldErrors errors={actionData?.field === "body" ? [actionData.error] : null} />
                <AttachmentInput maxMb={maxMb} />
                <Button type="submit" pending={navigation.formData?.get("intent") !== "close" && navigation.state === "submitting"} pendingText="Sending…">Send reply</Button>
              </Form>
              <Form method="post" className="flex items-center justify-between gap-3 border-t border-slate-100 px-5 py-3">
                <input type="hidden" name="intent" value="close" />
                <p className="text-xs text-slate-500">{ticket.status === "solved" ? "All good? Close it." : "Sorted it out yourselves?"}</p>
                <Button type="submit" variant="ghost">Close ticket</Button>
              </Form>
            </>
          )}
        </Card>
        {mine && !isAdmin ? (
          <Form method="post" className="flex items-center justify-between gap-3 rounded-lg bg-white px-5 py-3 text-sm ring-1 ring-slate-200">
            <input type="hidden" name="intent" value={ticket.sharedWithAccount ? "unshare" : "share"} />
            <span className="text-slate-600">{ticket.sharedWithAccount ? "Shared with your colleagues." : "Only you and your portal admins see this ticket."}</span>
            <Button type="submit" variant="ghost">{ticket.sharedWithAccount ? "Stop sharing" : "Share with colleagues"}</Button>
          </Form>
        ) : null}
        </div>
      </div>
    </>
  );
}
