import type { ActionFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/auth/guards.server";
import { renderMarkdown } from "~/domain/knowledge/markdown";

/** The editor's live preview: Markdown in, sanitised HTML out. */
export async function action({ request }: ActionFunctionArgs) {
  await requireStaff(request);
  const body = (await request.formData()).get("body");
  return { html: renderMarkdown(typeof body === "string" ? body.slice(0, 100_000) : "") };
}
