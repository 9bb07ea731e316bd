import { z } from "zod";
import { formatMoney } from "~/ui/format";
import { EmailLayout } from "./components/layout";
import { Facts, Muted, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  requesterName: z.string(),
  orderNumber: z.string(),
  orderUrl: z.string().url(),
  totalCents: z.number(),
  currency: z.string().length(3),
  reason: z.enum(["requester", "spending_limit"]),
  poNumber: z.string().nullable(),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `Approval needed: order ${p.orderNumber} from ${p.requesterName}`;

export default function OrderAwaitingApproval(p: Props) {
  return (
    <EmailLayout preview={`${p.requesterName} submitted order ${p.orderNumber} (${formatMoney(p.totalCents, p.currency)}) for your approval.`}>
      <Title>An order is waiting for your approval</Title>
      <Paragraph>
        Hello {p.recipientName}, {p.requesterName} submitted order {p.orderNumber}.{" "}
        {p.reason === "spending_limit" ? "It is above their spending limit, so it needs an admin's approval." : "Orders from requesters need an admin's approval."}
      </Paragraph>
      <Facts
        items={[
          ["Order", p.orderNumber],
          ["PO number", p.poNumber ?? "—"],
          ["Total", formatMoney(p.totalCents, p.currency)],
        ]}
      />
      <PrimaryButton href={p.orderUrl}>Approve or reject</PrimaryButton>
      <Muted>The order is not processed until it is approved. If you reject it, {p.requesterName} will see your reason.</Muted>
    </EmailLayout>
  );
}

OrderAwaitingApproval.PreviewProps = {
  recipientName: "Dana",
  requesterName: "Sam Ortega",
  orderNumber: "SO-100154",
  orderUrl: "http://localhost:3000/portal/orders/SO-100154",
  totalCents: 59621,
  currency: "USD",
  reason: "requester",
  poNumber: "PO-100-04153",
} satisfies Props;
