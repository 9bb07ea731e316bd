import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a wrong password and an unknown e-mail get the same clear form error", async ({ page }) => {
  await signIn(page, "buyer@acme.example", "not-the-password");
  await expect(page.getByRole("alert")).toHaveText(/don't match an account/);
  await expect(page.getByLabel("Email")).toHaveValue("buyer@acme.example");

  await signIn(page, "nobody-here@acme.example", "whatever-it-is");
  await expect(page.getByRole("alert")).toHaveText(/don't match an account/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("empty fields come back with field errors from the server", async ({ page }) => {
    await page.goto("/login");
    // Skip the browser's own required-field check to reach the server's.
    await page.locator("form").evaluate((form) => form.setAttribute("novalidate", ""));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  test("signing in works as a plain form post", async ({ page }) => {
    await signIn(page, "agent@accord.example");
    await expect(page).toHaveURL(/\/desk$/);
    await expect(page.getByRole("heading", { name: "Hello, Alex" })).toBeVisible();
  });
});

test("repeated failures are throttled with a clear message", async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await signIn(page, "throttled@example.com", `wrong-${i}`);
    await expect(page.getByRole("alert")).toHaveText(/don't match an account/);
  }
  await signIn(page, "throttled@example.com", "wrong-again");
  await expect(page.getByRole("alert")).toHaveText(/Too many failed sign-ins.*try again in \d+ minutes/);
});

test("a forged Origin is refused with 403", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { Origin: "https://evil.example" },
    form: { email: "buyer@acme.example", password: "accord-demo" },
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("a 10 MB form body is refused with 413 and the server keeps serving", async ({ request, baseURL }) => {
  const response = await request.post("/login", {
    headers: { Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded" },
    data: `email=${"a".repeat(10 * 1024 * 1024)}`,
  });
  expect(response.status()).toBe(413);
  expect((await request.get("/healthz")).status()).toBe(200);
});

test("a tampered or expired session cookie leads back to sign-in", async ({ page, context, baseURL }) => {
  await signIn(page, "buyer@acme.example");
  await expect(page).toHaveURL(/\/portal$/);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "accord_session")!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");
  const tampered = session.value.slice(0, -2) + (session.value.endsWith("AA") ? "BB" : "AA");
  await context.clearCookies();
  await context.addCookies([{ name: "accord_session", value: tampered, url: baseURL! }]);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fportal$/);
  expect((await context.cookies()).find((c) => c.name === "accord_session")).toBeUndefined();

  await context.addCookies([{ name: "accord_session", value: "not-a-session-token", url: baseURL! }]);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdesk$/);
});
