import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { STAFF_ROLE_LABEL } from "~/auth/actor";
import { requireStaff } from "~/auth/guards.server";
import { passwordChangeAction } from "~/auth/profile-action.server";
import { ProfilePage } from "~/ui/profile";

export const meta: MetaFunction = () => [{ title: "Profile · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  return { name: actor.name, email: actor.email, role: STAFF_ROLE_LABEL[actor.role], organisation: "Accord staff" };
}

export async function action({ request }: ActionFunctionArgs) {
  return passwordChangeAction(request, await requireStaff(request));
}

export default function DeskProfile() {
  return <ProfilePage profile={useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
