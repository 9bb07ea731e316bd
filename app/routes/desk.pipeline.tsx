import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaffCan } from "~/auth/guards.server";
import { accountListOptions } from "~/domain/crm/accounts.server";
import { moveStage, pipeline } from "~/domain/crm/pipeline.server";
import { moveStageSchema, type Stage, STAGE_LABEL, STAGES } from "~/domain/crm/pipeline.schema";
import { DomainError } from "~/domain/errors";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FormAlert, inputClass } from "~/ui/field";
import { FilterSelect, withParams } from "~/ui/filters";
import { formatDate, formatMoney } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Pipeline · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "pipeline");
  const params = new URL(request.url).searchParams;
  const view = z.enum(["board", "list"]).catch("board").parse(params.get("view") ?? "board");
  const owner = z.union([z.enum(["me", "all"]), z.string().uuid()]).catch("me").parse(params.get("owner") ?? "me");
  const [board, options] = await Promise.all([pipeline(actor, owner), accountListOptions()]);
  return { ...board, view, owner, owners: options.owners, isAdmin: actor.role === "admin", me: actor.userId };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "pipeline");
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  const id = z.string().uuid().safeParse(form.id);
  if (!id.success) throw new Response("Not found", { status: 404 });
  const parsed = moveStageSchema.safeParse(form);
  if (!parsed.success) return data({ id: id.data, error: parsed.error.issues[0].message }, { status: 400 });
  try {
    await moveStage(actor, id.data, parsed.data);
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ id: id.data, error: error.message }, { status: 400 });
    if (error instanceof DomainError) throw new Response(error.message, { status: 404 });
    throw error;
  }
  const back = new URL(request.headers.get("referer") ?? "/desk/pipeline", "http://x");
  return redirect(back.pathname === "/desk/pipeline" ? `${back.pathname}${back.search}` : "/desk/pipeline", { headers: { "Set-Cookie": await flashHeader({ message: `Moved to ${STAGE_LABEL[parsed.data.stage]}.` }) } });
}

type Opportunity = Awaited<ReturnType<typeof pipeline>>["opportunities"][number];

export default function Pipeline() {
  const { opportunities, forecast, perOwner, view, owner, owners, isAdmin } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const byStage = (stage: Stage) => opportunities.filter((o) => o.stage === stage);
  const maxForecast = Math.max(1, ...forecast.map((f) => f.totalCents));
  const current = { view, owner };
  return (
    <>
      <PageHeader title="Pipeline" description="Open opportunities by stage, and those won or lost in the last 90 days. Stage changes are logged on the customer's timeline." />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <nav aria-label="Layout" className="flex gap-1">
          {(["board", "list"] as const).map((v) => (
            <Link key={v} to={withParams(current, { view: v })} className={cx("rounded-md px-3 py-1.5 text-sm font-medium", view === v ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200")}>{v === "board" ? "Board" : "List"}</Link>
          ))}
        </nav>
        <Form method="get" className="flex items-end gap-2">
          <input type="hidden" name="view" value={view} />
          <FilterSelect id="p-owner" name="owner" label="Owner" value={owner} anyLabel="Mine" className="w-48" options={[["all", "Everyone"], ...owners.map((o) => [o.id, o.name] as const)]} />
          <Button type="submit" variant="secondary">Show</Button>
        </Form>
      </div>
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      {view === "board" ? (
        <div className="mb-6 grid grid-cols-1 gap-3 md:grid-cols-3 2xl:grid-cols-6" aria-label="Pipeline board">
          {STAGES.map((stage) => {
            const deals = byStage(stage);
            const total = deals.reduce((s, d) => s + d.amountCents, 0);
            return (
              <section key={stage} aria-labelledby={`col-${stage}`} className="rounded-lg bg-slate-100 p-2">
                <h2 id={`col-${stage}`} className="flex items-baseline justify-between px-1 pb-2 text-sm font-semibold text-slate-800">
                  {STAGE_LABEL[stage]} <span className="tabular text-xs font-normal text-slate-500">{deals.length} · {formatMoney(total)}</span>
                </h2>
                <ul className="space-y-2">
                  {deals.map((o) => <li key={o.id}><OpportunityCard o={o} /></li>)}
                </ul>
              </section>
            );
          })}
        </div>
      ) : (
        <Card className="mb-6">
          {opportunities.length ? (
            <Table caption="Opportunities">
              <HeadRow><Th>Opportunity</Th><Th>Stage</Th><Th className="text-right">Amount</Th><Th className="text-right">Prob.</Th><Th>Expected close</Th><Th>Owner</Th><Th>Move</Th></HeadRow>
              <Body>
                {opportunities.map((o) => (
                  <tr key={o.id}>
                    <Td><p className="font-medium text-slate-900">{o.name}</p><Link to={`/desk/accounts/${o.accountId}`} className="text-xs text-brand-700 hover:underline">{o.accountName}</Link></Td>
                    <Td><StageBadge stage={o.stage} /></Td>
                    <Td className="tabular text-right">{formatMoney(o.amountCents, o.currency)}</Td>
                    <Td className="tabular text-right">{o.probability}%</Td>
                    <Td className="whitespace-nowrap text-slate-600">{formatDate(o.expectedCloseDate)}</Td>
                    <Td className="whitespace-nowrap text-slate-600">{o.ownerName ?? "—"}</Td>
                    <Td><MoveForm o={o} /></Td>
                  </tr>
                ))}
              </Body>
            </Table>
          ) : <EmptyState title="No opportunities">Add one from a customer's record.</EmptyState>}
        </Card>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card labelledBy="forecast-title">
          <CardHeader id="forecast-title" title="Weighted forecast by month" description="Open opportunities by expected close: amount × probability (dark) of the full amount (light)." />
          {forecast.length ? (
            <ol className="space-y-2 px-5 py-4" aria-label="Forecast">
              {forecast.map((f) => (
                <li key={f.month} className="grid grid-cols-[4.5rem_1fr_7rem] items-center gap-3 text-sm">
                  <span className="tabular text-slate-600">{f.month}</span>
                  <span className="relative h-4 rounded bg-slate-100" title={`${f.deals} deals, ${formatMoney(f.totalCents)} in total`}>
                    <span className="absolute inset-y-0 left-0 rounded bg-brand-200" style={{ width: `${(100 * f.totalCents) / maxForecast}%` }} />
                    <span className="absolute inset-y-0 left-0 rounded bg-brand-600" style={{ width: `${(100 * f.weightedCents) / maxForecast}%` }} />
                  </span>
                  <span className="tabular text-right font-medium text-slate-900">{formatMoney(f.weightedCents)}</span>
                </li>
              ))}
            </ol>
          ) : <EmptyState title="Nothing open" />}
        </Card>
        <Card labelledBy="owners-title">
          <CardHeader id="owners-title" title={isAdmin ? "Pipeline per owner" : "Your figures"} description={isAdmin ? "Quota and commission figures: visible to admins, and to each owner for themself." : "Only you and admins see these."} />
          {perOwner.length ? (
            <Table caption="Pipeline per owner">
              <HeadRow><Th>Owner</Th><Th className="text-right">Open deals</Th><Th className="text-right">Open amount</Th><Th className="text-right">Weighted</Th><Th className="text-right">Won this quarter</Th></HeadRow>
              <Body>
                {perOwner.map((p) => (
                  <tr key={p.ownerId}><Td>{p.ownerName}</Td><Td className="tabular text-right">{p.deals}</Td><Td className="tabular text-right">{formatMoney(p.openCents)}</Td><Td className="tabular text-right">{formatMoney(p.weightedCents)}</Td><Td className="tabular text-right">{formatMoney(p.wonQuarterCents)}</Td></tr>
                ))}
              </Body>
            </Table>
          ) : <EmptyState title="No opportunities of yours yet" />}
        </Card>
      </div>
    </>
  );
}

function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={stage === "won" ? "success" : stage === "lost" ? "neutral" : "info"}>{STAGE_LABEL[stage]}</Badge>;
}

function OpportunityCard({ o }: { o: Opportunity }) {
  return (
    <article className="rounded-md bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200" aria-label={o.name}>
      <p className="font-medium text-slate-900">{o.name}</p>
      <Link to={`/desk/accounts/${o.accountId}`} className="text-xs text-brand-700 hover:underline">{o.accountName}</Link>
      <p className="tabular mt-1 flex justify-between text-xs text-slate-600"><span>{formatMoney(o.amountCents, o.currency)} · {o.probability}%</span><span>{formatDate(o.expectedCloseDate)}</span></p>
      {o.orderNumber || o.quoteNumber ? <p className="mt-1 text-xs text-emerald-700">Became {o.orderNumber ? <Link to={`/desk/orders/${o.orderNumber}`} className="underline">{o.orderNumber}</Link> : <Link to={`/desk/quotes/${o.quoteNumber}`} className="underline">{o.quoteNumber}</Link>}</p> : null}
      <p className="mt-1 text-xs text-slate-500">{o.ownerName ?? "No owner"}</p>
      <MoveForm o={o} compact />
    </article>
  );
}

/** Moving a deal: a stage, and for won the order or quote it became, for lost the reason. Works without JavaScript. */
function MoveForm({ o, compact = false }: { o: Opportunity; compact?: boolean }) {
  return (
    <details className={cx("text-xs", compact && "mt-2")}>
      <summary className="cursor-pointer font-medium text-brand-700">Move…</summary>
      <Form method="post" className="mt-2 space-y-2">
        <input type="hidden" name="id" value={o.id} />
        <label className="block">
          <span className="sr-only">Stage for {o.name}</span>
          <select name="stage" defaultValue={o.stage} className={inputClass} aria-label={`Stage for ${o.name}`}>
            {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
          </select>
        </label>
        <input name="result" placeholder="Won: order or quote no." aria-label={`Order or quote ${o.name} became`} className={inputClass} />
        <input name="lostReason" placeholder="Lost: why" aria-label={`Why ${o.name} was lost`} className={inputClass} />
        <Button type="submit" variant="secondary">Move</Button>
      </Form>
    </details>
  );
}
