import { Link } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./components/layout";
import { Facts, Muted, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  orderNumber: z.string(),
  orderUrl: z.string().url(),
  poNumber: z.string().nullable(),
  statusLabel: z.string(),
  note: z.string().nullable(),
  shipment: z.object({ carrier: z.string(), trackingNumber: z.string(), trackingUrl: z.string().url().nullable() }).nullable(),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `Order ${p.orderNumber}: ${p.statusLabel.toLowerCase()}`;

export default function OrderStatusChanged(p: Props) {
  return (
    <EmailLayout preview={`Order ${p.orderNumber} is now ${p.statusLabel.toLowerCase()}.`}>
      <Title>Your order is {p.statusLabel.toLowerCase()}</Title>
      <Paragraph>
        Hello {p.recipientName}, order {p.orderNumber}
        {p.poNumber ? ` (PO ${p.poNumber})` : ""} is now <strong>{p.statusLabel.toLowerCase()}</strong>.
      </Paragraph>
      {p.note ? <Paragraph>{p.note}</Paragraph> : null}
      {p.shipment ? (
        <Facts
          items={[
            ["Carrier", p.shipment.carrier],
            ["Tracking number", p.shipment.trackingUrl ? <Link href={p.shipment.trackingUrl}>{p.shipment.trackingNumber}</Link> : p.shipment.trackingNumber],
          ]}
        />
      ) : null}
      <PrimaryButton href={p.orderUrl}>View the order</PrimaryButton>
      <Muted>Questions about this order? Reply from the order page and we will pick it up with the order attached.</Muted>
    </EmailLayout>
  );
}

OrderStatusChanged.PreviewProps = {
  recipientName: "Dana",
  orderNumber: "SO-100150",
  orderUrl: "http://localhost:3000/portal/orders/SO-100150",
  poNumber: "PO-100-04149",
  statusLabel: "Shipped",
  note: null,
  shipment: { carrier: "UPS", trackingNumber: "1Z999E990312345678", trackingUrl: "https://www.ups.com/track?tracknum=1Z999E990312345678" },
} satisfies Props;
