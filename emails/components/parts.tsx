import { Button, Heading, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { colors } from "./layout";

export function Title({ children }: { children: ReactNode }) {
  return <Heading style={{ fontSize: 22, lineHeight: "30px", color: colors.text, margin: "24px 0 8px" }}>{children}</Heading>;
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 15, lineHeight: "24px", color: colors.text, margin: "12px 0" }}>{children}</Text>;
}

export function Muted({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 13, lineHeight: "20px", color: colors.muted, margin: "8px 0" }}>{children}</Text>;
}

export function PrimaryButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button href={href} style={{ backgroundColor: colors.brand, color: "#ffffff", borderRadius: 6, padding: "12px 20px", fontSize: 15, fontWeight: 600, textDecoration: "none" }}>
        {children}
      </Button>
    </Section>
  );
}

/** Label/value lines, e.g. order number and PO number. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Section style={{ backgroundColor: colors.bg, borderRadius: 6, padding: "12px 16px", margin: "16px 0" }}>
      {items.map(([label, value]) => (
        <Text key={label} style={{ margin: "2px 0", fontSize: 14, lineHeight: "22px", color: colors.text }}>
          <span style={{ color: colors.muted }}>{label}: </span>
          {value}
        </Text>
      ))}
    </Section>
  );
}

export function Quote({ children }: { children: ReactNode }) {
  return (
    <Section style={{ borderLeft: `3px solid ${colors.border}`, padding: "4px 0 4px 16px", margin: "16px 0" }}>
      <Text style={{ whiteSpace: "pre-wrap", fontSize: 15, lineHeight: "24px", color: colors.text, margin: 0 }}>{children}</Text>
    </Section>
  );
}
