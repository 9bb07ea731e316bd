import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { attachmentResponse, readAttachment } from "~/domain/support/attachments.server";
import { ticketNumberParam } from "~/domain/support/support.schema";

/** A ticket attachment for the desk: public and internal messages alike. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const file = await domainCall(() => readAttachment(actor, ticketNumberParam(params.number), params.id ?? ""));
  return attachmentResponse(file);
}
