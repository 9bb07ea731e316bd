import { createCookie } from "@remix-run/node";
import { secureCookies } from "~/env.server";

/** A one-time message shown after a redirect ("Added to cart"), read and cleared by the root loader. */
const flashCookie = () => createCookie("accord_flash", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60, secure: secureCookies() });

export type Flash = { message: string; tone?: "success" | "error"; id?: string };

export async function flashHeader(flash: Flash): Promise<string> {
  // The id tells two identical messages in a row apart, so the second one shows too.
  return flashCookie().serialize(JSON.stringify({ message: flash.message.slice(0, 300), tone: flash.tone ?? "success", id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` }));
}

export async function readFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const raw = await flashCookie().parse(request.headers.get("Cookie"));
  if (!raw || typeof raw !== "string") return { flash: null, clear: null };
  try {
    const parsed = JSON.parse(raw) as Flash;
    return { flash: typeof parsed.message === "string" ? parsed : null, clear: await flashCookie().serialize("", { maxAge: 0 }) };
  } catch {
    return { flash: null, clear: await flashCookie().serialize("", { maxAge: 0 }) };
  }
}
