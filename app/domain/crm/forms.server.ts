import { data, redirect } from "@remix-run/node";
import type { StaffActor } from "~/auth/actor";
import { flashHeader } from "~/auth/flash.server";
import { DomainError } from "~/domain/errors";
import { accountSchema, contactSchema } from "./crm.schema";
import { saveAccount, saveContact } from "./manage.server";
import { fieldErrorMap } from "~/domain/validation";


/** The account form's action: validate, warn of duplicates, save, back to the record. */
export async function accountFormAction(actor: StaffActor, id: string | null, request: Request) {
  const values = Object.fromEntries(await request.formData()) as Record<string, string>;
  const parsed = accountSchema.safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrorMap(parsed.error), duplicates: [], values }, { status: 400 });
  try {
    const result = await saveAccount(actor, id, parsed.data);
    if (!result.ok) return data({ errors: {} as Record<string, string>, duplicates: result.duplicates, values }, { status: 409 });
    return redirect(`/desk/accounts/${result.value.id}`, { headers: { "Set-Cookie": await flashHeader({ message: id ? "Account saved." : "Account created." }) } });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") throw new Response(error.message, { status: 404 });
    throw error;
  }
}

export async function contactFormAction(actor: StaffActor, accountId: string, id: string | null, request: Request) {
  const values = Object.fromEntries(await request.formData()) as Record<string, string>;
  const parsed = contactSchema.safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrorMap(parsed.error), duplicates: [], values }, { status: 400 });
  try {
    const result = await saveContact(actor, accountId, id, parsed.data);
    if (!result.ok) return data({ errors: {} as Record<string, string>, duplicates: result.duplicates, values }, { status: 409 });
    return redirect(`/desk/accounts/${accountId}`, { headers: { "Set-Cookie": await flashHeader({ message: id ? "Contact saved." : "Contact added." }) } });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") throw new Response(error.message, { status: 404 });
    throw error;
  }
}
