import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { getMail } from "~/domain/platform/mailbox.server";
import { Badge } from "~/ui/badge";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { formatDateTime } from "~/ui/format";
import { MAIL_STATUS } from "~/ui/status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.mail.subject ?? "E-mail"} · Mailbox · Accord desk` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request, ["admin"]);
  const mail = await domainCall(() => getMail(actor, params.id ?? ""));
  return { mail, timezone: actor.timezone };
}

export default function MailMessage() {
  const { mail, timezone } = useLoaderData<typeof loader>();
  const facts: [string, string][] = [
    ["To", mail.toAddress],
    ["From", mail.fromAddress],
    ["Template", mail.template],
    ["Idempotency key", mail.idempotencyKey],
    ["Created", formatDateTime(mail.createdAt, timezone)],
    ["Sent", mail.sentAt ? formatDateTime(mail.sentAt, timezone) : "—"],
    ["Attempts", String(mail.attempts)],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/desk/admin/mailbox" className="text-brand-700 hover:underline">
          ← Mailbox
        </Link>
      </p>
      <PageHeader title={mail.subject} actions={<Badge tone={MAIL_STATUS[mail.status].tone}>{MAIL_STATUS[mail.status].label}</Badge>} />
      {mail.error ? <p className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200">{mail.error}</p> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card className="xl:col-span-2" labelledBy="html-title">
          <CardHeader id="html-title" title="As the recipient sees it" />
          {mail.html ? (
            // Rendered in a sandbox: no scripts, no same-origin access.
            <iframe title="E-mail content" sandbox="" srcDoc={mail.html} className="h-[70vh] w-full rounded-b-lg border-0 bg-white" />
          ) : (
            <p className="px-5 py-4 text-sm text-slate-500">Not rendered.</p>
          )}
        </Card>
        <div className="space-y-6">
          <Card labelledBy="facts-title">
            <CardHeader id="facts-title" title="Details" />
            <dl className="divide-y divide-slate-100 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="px-5 py-2.5">
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="break-all text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card labelledBy="text-title">
            <CardHeader id="text-title" title="Plain text" />
            <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-all px-5 py-4 text-xs text-slate-700">{mail.text}</pre>
          </Card>
        </div>
      </div>
    </>
  );
}
