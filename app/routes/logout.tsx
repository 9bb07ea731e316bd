import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { readSession, endSession } from "~/auth/session.server";

// Signing out changes state, so it is POST only; a GET just goes home.
export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const { session, clearCookie } = await readSession(request);
  const cookie = session ? await endSession(session.sessionId) : clearCookie;
  return redirect("/login", cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
}
