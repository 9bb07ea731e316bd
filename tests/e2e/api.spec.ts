import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin creates an API token in the desk, another system uses it over HTTP, and revoking it stops it", async ({ page, request }) => {
  await signIn(page, "admin@accord.example");
  await page.goto("/desk/admin/api-tokens");
  await page.getByLabel("Name").fill("BI warehouse");
  await page.getByLabel("orders:read").check();
  await page.getByLabel("accounts:read").check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^acc_/);

  const orders = await request.get("/api/v1/orders?limit=5", { headers: { Authorization: `Bearer ${token}` } });
  expect(orders.status()).toBe(200);
  const body = await orders.json();
  expect(body.data).toHaveLength(5);
  expect(body.nextCursor).toEqual(expect.any(String));
  const next = await request.get(`/api/v1/orders?limit=5&cursor=${body.nextCursor}`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await next.json()).data[0].id).not.toBe(body.data[0].id);

  const forbidden = await request.get("/api/v1/tickets", { headers: { Authorization: `Bearer ${token}` } });
  expect(forbidden.status()).toBe(403);
  expect(forbidden.headers()["content-type"]).toBe("application/problem+json");
  // A POST with a bearer token needs no Origin (no cookies are involved), but still a scope.
  const post = await request.post("/api/v1/activities", { headers: { Authorization: `Bearer ${token}` }, data: { accountId: body.data[0].accountId, type: "note", subject: "x" } });
  expect(post.status()).toBe(403);

  await page.reload();
  await page.getByRole("row").filter({ hasText: "BI warehouse" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("status")).toContainText("Token revoked");
  expect((await request.get("/api/v1/orders", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

  const spec = await request.get("/api/v1/openapi.json");
  expect((await spec.json()).openapi).toBe("3.1.0");
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: "Accord API" })).toBeVisible();
  await expect(page.getByText("/api/v1/orders/{id}").first()).toBeVisible();
});
