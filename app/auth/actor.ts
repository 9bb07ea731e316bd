/** Who is asking. Every domain function takes one and scopes its queries by it. */
export type PortalRole = "admin" | "buyer" | "requester";
export type StaffRole = "agent" | "account_manager" | "admin";

export type CustomerActor = {
  kind: "customer";
  userId: string;
  contactId: string;
  accountId: string;
  accountName: string;
  role: PortalRole;
  /** Orders above this need approval; null = no limit. */
  spendingLimitCents: number | null;
  name: string;
  email: string;
  /** IANA zone that dates are shown in. */
  timezone: string;
};

export type StaffActor = {
  kind: "staff";
  userId: string;
  role: StaffRole;
  name: string;
  email: string;
  timezone: string;
};

export type ApiActor = {
  kind: "api";
  tokenId: string;
  scopes: string[];
  /** Set for customer tokens: they act as that account and never see another. */
  accountId: string | null;
};

export type Actor = CustomerActor | StaffActor | ApiActor;
export type UserActor = CustomerActor | StaffActor;

export const isStaff = (actor: Actor): actor is StaffActor => actor.kind === "staff";
export const isCustomer = (actor: Actor): actor is CustomerActor => actor.kind === "customer";

/** Where a signed-in user starts. */
export function homePath(actor: UserActor): "/portal" | "/desk" {
  return actor.kind === "customer" ? "/portal" : "/desk";
}

export const STAFF_ROLE_LABEL: Record<StaffRole, string> = {
  agent: "Support agent",
  account_manager: "Account manager",
  admin: "Admin",
};

export const PORTAL_ROLE_LABEL: Record<PortalRole, string> = {
  admin: "Admin",
  buyer: "Buyer",
  requester: "Requester",
};

/**
 * What each staff role may do. Agents work support and read the customer
 * record; account managers also run the pipeline and tasks and edit accounts
 * and contacts; admins everything, including staff users and SLA policies.
 */
export type StaffPermission = "support" | "records" | "log_activity" | "pipeline" | "tasks" | "edit_accounts" | "admin";

export const STAFF_PERMISSIONS: Record<StaffRole, readonly StaffPermission[]> = {
  agent: ["support", "records", "log_activity"],
  account_manager: ["support", "records", "log_activity", "pipeline", "tasks", "edit_accounts"],
  admin: ["support", "records", "log_activity", "pipeline", "tasks", "edit_accounts", "admin"],
};

export function can(actor: Actor, permission: StaffPermission): boolean {
  return actor.kind === "staff" && STAFF_PERMISSIONS[actor.role].includes(permission);
}
