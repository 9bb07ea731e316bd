import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PORTAL_ROLE_LABEL } from "~/auth/actor";
import { requireCustomer } from "~/auth/guards.server";
import { passwordChangeAction } from "~/auth/profile-action.server";
import { ProfilePage } from "~/ui/profile";

export const meta: MetaFunction = () => [{ title: "Profile · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return { name: actor.name, email: actor.email, role: PORTAL_ROLE_LABEL[actor.role], organisation: actor.accountName };
}

export async function action({ request }: ActionFunctionArgs) {
  return passwordChangeAction(request, await requireCustomer(request));
}

export default function PortalProfile() {
  return <ProfilePage profile={useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
