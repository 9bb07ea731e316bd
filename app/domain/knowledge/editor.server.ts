import { data, redirect } from "@remix-run/node";
import type { StaffActor } from "~/auth/actor";
import { flashHeader } from "~/auth/flash.server";
import { DomainError } from "~/domain/errors";
import { saveArticle } from "./authoring.server";
import { articleSchema } from "./knowledge.schema";
import { renderMarkdown } from "./markdown";
import { fieldErrorMap } from "~/domain/validation";

/** Saves (or previews, without JavaScript) an article from the desk editor. */
export async function articleEditorAction(actor: StaffActor, id: string | null, request: Request) {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  if (form.intent === "preview") return data({ preview: renderMarkdown(String(form.body ?? "")), values: form, errors: {} as Record<string, string> });
  const parsed = articleSchema.safeParse(form);
  if (!parsed.success) {
    const errors = fieldErrorMap(parsed.error);
    return data({ preview: null, values: form, errors }, { status: 400 });
  }
  try {
    const saved = await saveArticle(actor, id, parsed.data);
    return redirect(`/desk/kb/${saved.id}`, { headers: { "Set-Cookie": await flashHeader({ message: `Saved${parsed.data.status === "published" ? " and published" : ""}.` }) } });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ preview: null, values: form, errors: { [error.message.includes("address") ? "slug" : "categorySlug"]: error.message } as Record<string, string> }, { status: 400 });
    throw error;
  }
}
