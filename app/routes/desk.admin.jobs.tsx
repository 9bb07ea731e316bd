import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { jobOverview, listJobs, retryJob } from "~/domain/platform/jobs.server";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { FormAlert } from "~/ui/field";
import { formatDateTime, formatNumber, formatRelative } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Background jobs · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request, ["admin"]);
  const [queues, failed, waiting] = await domainCall(() => Promise.all([jobOverview(actor), listJobs(actor, "failed", 50), listJobs(actor, "waiting", 20)]));
  const retried = new URL(request.url).searchParams.get("retried");
  return { queues, failed, waiting, retried, timezone: actor.timezone, now: Date.now() };
}

const retrySchema = z.object({ queue: z.string().min(1).max(100), id: z.string().uuid() });

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request, ["admin"]);
  const parsed = retrySchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("That is not a job.", { status: 400 });
  await domainCall(() => retryJob(actor, parsed.data.queue, parsed.data.id));
  return redirect(`/desk/admin/jobs?retried=${parsed.data.id}`);
}

const STATE_COLUMNS = [
  ["created", "Queued"],
  ["retry", "Retrying"],
  ["active", "Running"],
  ["completed", "Done"],
  ["failed", "Failed"],
] as const;

export default function JobsPage() {
  const { queues, failed, waiting, retried, timezone, now } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  return (
    <>
      <PageHeader title="Background jobs" description="E-mail and other side effects run as jobs, written in the same transaction as the change that caused them. Failed jobs were retried with backoff before landing here." />
      {retried ? <div className="mb-4"><FormAlert tone="success" errors={["The job is queued again and will run within seconds."]} /></div> : null}
      <div className="space-y-6">
        <Card labelledBy="queues-title">
          <CardHeader id="queues-title" title="Queues" />
          <Table caption="Jobs per queue and state">
            <HeadRow>
              <Th>Queue</Th>
              {STATE_COLUMNS.map(([, label]) => (
                <Th key={label} className="text-right">{label}</Th>
              ))}
            </HeadRow>
            <Body>
              {queues.map((q) => (
                <tr key={q.name}>
                  <Td className="font-medium text-slate-900">{q.name}</Td>
                  {STATE_COLUMNS.map(([state]) => (
                    <Td key={state} className={`tabular text-right ${state === "failed" && q.counts.failed ? "font-semibold text-red-700" : "text-slate-700"}`}>
                      {formatNumber(q.counts[state])}
                    </Td>
                  ))}
                </tr>
              ))}
            </Body>
          </Table>
        </Card>

        <Card labelledBy="failed-title">
          <CardHeader id="failed-title" title={`Failed (${failed.length})`} description="Retries used up. Fix the cause, then retry." />
          {failed.length ? (
            <Table caption="Failed jobs">
              <HeadRow>
                <Th>Job</Th>
                <Th>Error</Th>
                <Th>Attempts</Th>
                <Th>Failed</Th>
                <Th><span className="sr-only">Actions</span></Th>
              </HeadRow>
              <Body>
                {failed.map((job) => (
                  <tr key={job.id}>
                    <Td>
                      <p className="font-medium text-slate-900">{job.name}</p>
                      <p className="text-xs text-slate-500">{job.summary}</p>
                    </Td>
                    <Td className="max-w-md text-red-800">{job.error ?? "—"}</Td>
                    <Td className="tabular">{job.retryCount + 1}</Td>
                    <Td className="whitespace-nowrap text-slate-600" title={job.completedOn ? formatDateTime(job.completedOn, timezone) : undefined}>
                      {job.completedOn ? formatRelative(job.completedOn, now) : "—"}
                    </Td>
                    <Td className="text-right">
                      <Form method="post">
                        <input type="hidden" name="queue" value={job.name} />
                        <input type="hidden" name="id" value={job.id} />
                        <Button type="submit" variant="secondary" pending={navigation.formData?.get("id") === job.id} pendingText="Queuing…">
                          Retry now
                        </Button>
                      </Form>
                    </Td>
                  </tr>
                ))}
              </Body>
            </Table>
          ) : (
            <EmptyState title="No failed jobs">Everything that was queued has run.</EmptyState>
          )}
        </Card>

        <Card labelledBy="waiting-title">
          <CardHeader id="waiting-title" title="Waiting and running" />
          {waiting.length ? (
            <Table caption="Waiting jobs">
              <HeadRow>
                <Th>Job</Th>
                <Th>State</Th>
                <Th>Attempt</Th>
                <Th>Runs</Th>
              </HeadRow>
              <Body>
                {waiting.map((job) => (
                  <tr key={job.id}>
                    <Td>
                      <p className="font-medium text-slate-900">{job.name}</p>
                      <p className="text-xs text-slate-500">{job.summary}</p>
                      {job.error ? <p className="text-xs text-red-700">Last error: {job.error}</p> : null}
                    </Td>
                    <Td>
                      <Badge tone={job.state === "retry" ? "warning" : "info"}>{job.state === "retry" ? "Retrying" : job.state === "active" ? "Running" : "Queued"}</Badge>
                    </Td>
                    <Td className="tabular">{job.retryCount + 1} of {job.retryLimit + 1}</Td>
                    <Td className="whitespace-nowrap text-slate-600">{formatRelative(job.startAfter, now)}</Td>
                  </tr>
                ))}
              </Body>
            </Table>
          ) : (
            <EmptyState title="Nothing waiting">New jobs appear here until a worker picks them up.</EmptyState>
          )}
        </Card>
      </div>
    </>
  );
}
