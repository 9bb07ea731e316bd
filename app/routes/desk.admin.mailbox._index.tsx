import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { listMail } from "~/domain/platform/mailbox.server";
import { Badge } from "~/ui/badge";
import { ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { formatDateTime, formatNumber } from "~/ui/format";
import { MAIL_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Mailbox · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request, ["admin"]);
  const page = Number(new URL(request.url).searchParams.get("page") ?? "1");
  const mail = await domainCall(() => listMail(actor, Number.isInteger(page) && page > 0 ? page : 1));
  return { ...mail, timezone: actor.timezone };
}

export default function Mailbox() {
  const { messages, total, page, pages, timezone } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Mailbox"
        description={`Every e-mail Accord sent (Resend) or captured (no RESEND_API_KEY: also written as .eml files). ${formatNumber(total)} in all.`}
      />
      <Card>
        {messages.length ? (
          <Table caption="E-mails">
            <HeadRow>
              <Th>To</Th>
              <Th>Subject</Th>
              <Th>Template</Th>
              <Th>Status</Th>
              <Th>Created</Th>
            </HeadRow>
            <Body>
              {messages.map((m) => (
                <tr key={m.id} className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap">
                    <p className="text-slate-900">{m.toAddress}</p>
                    {m.accountName ? <p className="text-xs text-slate-500">{m.accountName}</p> : null}
                  </Td>
                  <Td>
                    <Link to={m.id} className="font-medium text-brand-700 hover:underline">
                      {m.subject}
                    </Link>
                    {m.error ? <p className="text-xs text-red-700">{m.error}</p> : null}
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">{m.template}</Td>
                  <Td>
                    <Badge tone={MAIL_STATUS[m.status].tone}>{MAIL_STATUS[m.status].label}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">{formatDateTime(m.createdAt, timezone)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : (
          <EmptyState title="No e-mail yet">Password resets, order confirmations and ticket updates will appear here.</EmptyState>
        )}
      </Card>
      {pages > 1 ? (
        <nav className="mt-4 flex items-center justify-between text-sm text-slate-600" aria-label="Pages">
          <span>
            Page {page} of {pages}
          </span>
          <span className="flex gap-2">
            {page > 1 ? <ButtonLink to={`?page=${page - 1}`}>Newer</ButtonLink> : null}
            {page < pages ? <ButtonLink to={`?page=${page + 1}`}>Older</ButtonLink> : null}
          </span>
        </nav>
      ) : null}
    </>
  );
}
