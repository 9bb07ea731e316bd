import { Column, Row, Section, Text } from "@react-email/components";
import { z } from "zod";
import { formatMoney } from "~/ui/format";
import { colors, EmailLayout } from "./components/layout";
import { Facts, Muted, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  orderNumber: z.string(),
  orderUrl: z.string().url(),
  poNumber: z.string().nullable(),
  currency: z.string().length(3),
  lines: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.number(), unitPriceCents: z.number(), lineTotalCents: z.number() })).min(1),
  subtotalCents: z.number(),
  shippingCents: z.number(),
  taxCents: z.number(),
  totalCents: z.number(),
  shippingAddress: z.array(z.string()),
  requestedDeliveryDate: z.string().nullable(),
  /** Set when the order was placed on hold (e.g. credit). */
  holdMessage: z.string().nullable(),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => (p.holdMessage ? `Order ${p.orderNumber} received — on hold` : `Order ${p.orderNumber} confirmed`);

export default function OrderConfirmation(p: Props) {
  return (
    <EmailLayout preview={`We received your order ${p.orderNumber} for ${formatMoney(p.totalCents, p.currency)}.`}>
      <Title>Thank you for your order</Title>
      <Paragraph>Hello {p.recipientName}, we received order {p.orderNumber}.</Paragraph>
      {p.holdMessage ? <Paragraph>{p.holdMessage}</Paragraph> : null}
      <Facts
        items={[
          ["Order", p.orderNumber],
          ["PO number", p.poNumber ?? "—"],
          ["Requested delivery", p.requestedDeliveryDate ?? "As soon as possible"],
          ["Ship to", p.shippingAddress.join(", ")],
        ]}
      />
      <Section>
        {p.lines.map((line) => (
          <Row key={line.sku} style={{ borderBottom: `1px solid ${colors.border}` }}>
            <Column style={{ padding: "8px 0", fontSize: 14, color: colors.text }}>
              {line.quantity} × {line.name}
              <br />
              <span style={{ color: colors.muted, fontSize: 12 }}>
                {line.sku} · {formatMoney(line.unitPriceCents, p.currency)} each
              </span>
            </Column>
            <Column align="right" style={{ padding: "8px 0", fontSize: 14, color: colors.text, whiteSpace: "nowrap" }}>
              {formatMoney(line.lineTotalCents, p.currency)}
            </Column>
          </Row>
        ))}
      </Section>
      <Text style={{ textAlign: "right", fontSize: 14, color: colors.muted, margin: "12px 0 0" }}>
        Subtotal {formatMoney(p.subtotalCents, p.currency)} · Shipping {formatMoney(p.shippingCents, p.currency)} · Tax {formatMoney(p.taxCents, p.currency)}
      </Text>
      <Text style={{ textAlign: "right", fontSize: 16, fontWeight: 700, color: colors.text, margin: "4px 0" }}>Total {formatMoney(p.totalCents, p.currency)}</Text>
      <PrimaryButton href={p.orderUrl}>Track your order</PrimaryButton>
      <Muted>You will get an e-mail when the order ships, with the carrier's tracking number.</Muted>
    </EmailLayout>
  );
}

OrderConfirmation.PreviewProps = {
  recipientName: "Dana",
  orderNumber: "SO-100154",
  orderUrl: "http://localhost:3000/portal/orders/SO-100154",
  poNumber: "PO-100-04153",
  currency: "USD",
  lines: [
    { sku: "BEA-DGB-6204-2RS", name: "Deep Groove Ball Bearing 6204-2RS", quantity: 24, unitPriceCents: 1116, lineTotalCents: 26784 },
    { sku: "LUB-GR-2", name: "Multipurpose Grease NLGI 2, 400 g cartridge", quantity: 2, unitPriceCents: 4751, lineTotalCents: 9502 },
  ],
  subtotalCents: 36286,
  shippingCents: 1495,
  taxCents: 2359,
  totalCents: 40140,
  shippingAddress: ["Acme Manufacturing", "4120 Industrial Pkwy", "Dayton, OH 45402", "US"],
  requestedDeliveryDate: null,
  holdMessage: null,
} satisfies Props;
