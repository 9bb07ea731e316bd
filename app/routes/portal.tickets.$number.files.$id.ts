import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCustomer } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { attachmentResponse, readAttachment } from "~/domain/support/attachments.server";
import { ticketNumberParam } from "~/domain/support/support.schema";

/** A ticket attachment, for a customer who may see the ticket and the message it belongs to. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const file = await domainCall(() => readAttachment(actor, ticketNumberParam(params.number), params.id ?? ""));
  return attachmentResponse(file);
}
