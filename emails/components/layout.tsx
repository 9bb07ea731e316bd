import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export const colors = { brand: "#1d55eb", text: "#0f172a", muted: "#475569", border: "#e2e8f0", bg: "#f8fafc" };

const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** The branded frame every Accord e-mail shares. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.bg, fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container style={{ maxWidth: 560, margin: "0 auto", backgroundColor: "#ffffff", border: `1px solid ${colors.border}`, borderRadius: 8 }}>
          <Section style={{ padding: "20px 32px", borderBottom: `1px solid ${colors.border}` }}>
            <Text style={{ margin: 0, fontSize: 18, fontWeight: 700, color: colors.brand }}>Accord</Text>
          </Section>
          <Section style={{ padding: "8px 32px 24px" }}>{children}</Section>
          <Hr style={{ borderColor: colors.border, margin: 0 }} />
          <Section style={{ padding: "16px 32px" }}>
            <Text style={{ margin: 0, fontSize: 12, lineHeight: "18px", color: colors.muted }}>
              Accord customer service · Monday to Friday, 8 am – 6 pm Eastern. You receive this e-mail because of your account with us.
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
