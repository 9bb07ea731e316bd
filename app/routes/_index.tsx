import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { homePath } from "~/auth/actor";
import { getSignedIn } from "~/auth/guards.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = await getSignedIn(request);
  return redirect(signedIn ? homePath(signedIn.actor) : "/login");
}
