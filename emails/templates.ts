import { render } from "@react-email/render";
import { createElement, type FunctionComponent } from "react";
import type { z } from "zod";
import * as agentReplied from "./agent-replied";
import * as colleagueInvitation from "./colleague-invitation";
import * as orderAwaitingApproval from "./order-awaiting-approval";
import * as orderConfirmation from "./order-confirmation";
import * as orderStatusChanged from "./order-status-changed";
import * as passwordReset from "./password-reset";
import * as quoteAccepted from "./quote-accepted";
import * as quoteReady from "./quote-ready";
import * as slaAlert from "./sla-alert";
import * as ticketReceived from "./ticket-received";
import * as ticketSolved from "./ticket-solved";

type TemplateModule<S extends z.ZodTypeAny> = {
  schema: S;
  subject: (props: z.infer<S>) => string;
  default: FunctionComponent<z.infer<S>> & { PreviewProps: z.infer<S> };
};

/** Every e-mail Accord sends, by name. */
export const TEMPLATES = {
  "order-confirmation": orderConfirmation,
  "order-status-changed": orderStatusChanged,
  "order-awaiting-approval": orderAwaitingApproval,
  "quote-ready": quoteReady,
  "quote-accepted": quoteAccepted,
  "ticket-received": ticketReceived,
  "agent-replied": agentReplied,
  "ticket-solved": ticketSolved,
  "sla-alert": slaAlert,
  "colleague-invitation": colleagueInvitation,
  "password-reset": passwordReset,
} satisfies Record<string, TemplateModule<z.ZodTypeAny>>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateProps<T extends TemplateName> = z.infer<(typeof TEMPLATES)[T]["schema"]>;

export class UnknownTemplateError extends Error {
  constructor(name: string) {
    super(`Unknown e-mail template "${name}". Known templates: ${Object.keys(TEMPLATES).join(", ")}.`);
    this.name = "UnknownTemplateError";
  }
}

export class InvalidTemplatePropsError extends Error {
  constructor(name: string, issues: string) {
    super(`E-mail template "${name}" got invalid data: ${issues}`);
    this.name = "InvalidTemplatePropsError";
  }
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

export type RenderedEmail = { subject: string; html: string; text: string };

/** Validates the data against the template's schema and renders HTML and plain text. */
export async function renderEmail(name: string, props: unknown): Promise<RenderedEmail> {
  if (!isTemplateName(name)) throw new UnknownTemplateError(name);
  const template = TEMPLATES[name] as unknown as TemplateModule<z.ZodTypeAny>;
  const parsed = template.schema.safeParse(props);
  if (!parsed.success) {
    throw new InvalidTemplatePropsError(name, parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; "));
  }
  const element = createElement(template.default, parsed.data);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(parsed.data), html, text };
}
