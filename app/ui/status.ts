import type { Tone } from "./badge";

/** How each business state reads and which colour it wears. */
export const ORDER_STATUS: Record<string, { label: string; tone: Tone }> = {
  pending_approval: { label: "Awaiting approval", tone: "warning" },
  submitted: { label: "Submitted", tone: "info" },
  on_hold: { label: "On hold", tone: "danger" },
  confirmed: { label: "Confirmed", tone: "info" },
  picking: { label: "Picking", tone: "info" },
  shipped: { label: "Shipped", tone: "success" },
  delivered: { label: "Delivered", tone: "neutral" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  rejected: { label: "Rejected", tone: "danger" },
};

export const TICKET_STATUS: Record<string, { label: string; tone: Tone }> = {
  new: { label: "New", tone: "info" },
  open: { label: "Open", tone: "info" },
  pending_customer: { label: "Waiting for you", tone: "warning" },
  on_hold: { label: "On hold", tone: "neutral" },
  solved: { label: "Solved", tone: "success" },
  closed: { label: "Closed", tone: "neutral" },
};

/** Staff see the same states in their own words. */
export const TICKET_STATUS_DESK: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TICKET_STATUS).map(([k, v]) => [k, v.label])),
  pending_customer: "Pending customer",
};

export const TICKET_PRIORITY: Record<string, { label: string; tone: Tone }> = {
  low: { label: "Low", tone: "neutral" },
  normal: { label: "Normal", tone: "neutral" },
  high: { label: "High", tone: "warning" },
  urgent: { label: "Urgent", tone: "danger" },
};

export const TIER: Record<string, { label: string; tone: Tone }> = {
  platinum: { label: "Platinum", tone: "info" },
  gold: { label: "Gold", tone: "warning" },
  silver: { label: "Silver", tone: "neutral" },
  bronze: { label: "Bronze", tone: "neutral" },
};

export const HOLD_REASON: Record<string, string> = {
  credit: "On hold — credit",
  stock: "On hold — stock",
  review: "On hold — review",
};

export const MAIL_STATUS: Record<string, { label: string; tone: Tone }> = {
  sending: { label: "Sending", tone: "info" },
  sent: { label: "Sent", tone: "success" },
  captured: { label: "Captured", tone: "neutral" },
  failed: { label: "Failed", tone: "danger" },
};

export const STOCK_STATUS: Record<string, { label: string; tone: Tone }> = {
  in_stock: { label: "In stock", tone: "success" },
  low_stock: { label: "Low stock", tone: "warning" },
  out_of_stock: { label: "Out of stock", tone: "neutral" },
  discontinued: { label: "Discontinued", tone: "neutral" },
};

export const QUOTE_STATUS: Record<string, { label: string; tone: Tone }> = {
  requested: { label: "Being priced", tone: "info" },
  priced: { label: "Ready to accept", tone: "warning" },
  accepted: { label: "Accepted", tone: "success" },
  declined: { label: "Declined", tone: "neutral" },
  expired: { label: "Expired", tone: "neutral" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};
