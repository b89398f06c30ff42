import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("an admin creates and revokes an API token, switches a flag and finds both in the audit log", async ({ page }) => {
  await signIn(page, "admin@northwind.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();

  // Create: the secret is shown once, with the warning, and it really authenticates.
  const name = `E2E reader ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "New token" }).click();
  const form = page.getByRole("dialog", { name: "New API token" });
  // The form checks the service's rules before sending anything.
  await form.getByRole("checkbox", { name: /^read/ }).uncheck();
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("is required")).toBeVisible();
  await expect(form.getByText("choose at least one scope")).toBeVisible();
  await form.getByLabel("Name").fill(name);
  await form.getByRole("checkbox", { name: /^read/ }).check();
  await form.getByLabel("Expires after").selectOption({ label: "30 days" });
  await page.screenshot({ path: screenshotPath("settings-token-new") });
  await form.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByRole("dialog", { name: "Token created" });
  await expect(shown.getByText("It will not be shown again")).toBeVisible();
  const secret = shown.getByLabel(`API token “${name}”`);
  await expect(secret).toHaveValue(/^tsr_/);
  await expect(secret).toHaveAttribute("readonly", "");
  const token = await secret.inputValue();
  await expect(shown.getByText(`curl -H "Authorization: Bearer ${token}"`)).toBeVisible();
  await page.screenshot({ path: screenshotPath("settings-token-created") });

  const me = await page.request.get("/api/trpc/me.get", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(JSON.stringify(await me.json())).toContain(name);

  await shown.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("active")).toBeVisible();
  await page.screenshot({ path: screenshotPath("settings-tokens") });

  // Revoke through the confirmation dialog; the token stops working at once.
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: `Revoke “${name}”?` });
  await expect(confirm.getByText("cannot be undone")).toBeVisible();
  await page.screenshot({ path: screenshotPath("settings-token-revoke") });
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(row.getByText("revoked")).toBeVisible();
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
  await expect(row.getByText("never")).toHaveCount(0); // used once above, so it has a last-used time
  const refused = await page.request.get("/api/trpc/me.get", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);

  // Flags: switch the client portal off, see it change, and switch it back on.
  await page.getByRole("link", { name: "Feature flags" }).click();
  await expect(page.getByRole("heading", { name: "Feature flags" })).toBeVisible();
  const portalSwitch = page.getByRole("switch", { name: "Client portal" });
  const portalRow = page.getByRole("row").filter({ has: portalSwitch });
  await expect(portalSwitch).toHaveAttribute("aria-checked", "true");
  await portalSwitch.click();
  await expect(portalSwitch).toHaveAttribute("aria-checked", "false");
  await expect(portalRow.getByText("Off", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "API access" }).getByText("default", { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath("settings-flags") });
  await portalSwitch.click();
  await expect(portalSwitch).toHaveAttribute("aria-checked", "true");
  await expect(portalRow.getByText("On", { exact: true })).toBeVisible();

  // Audit log: the token's creation, and the flag change as a readable diff.
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "enabled: true → false" }).first()).toBeVisible();
  await page.getByLabel("Action").selectOption("token.created");
  await expect(page).toHaveURL(/action=token\.created/);
  const created = page.getByRole("row").filter({ hasText: name });
  await expect(created.getByText("API token created")).toBeVisible();
  await expect(created.getByText("admin@northwind.example")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "API token revoked" })).toHaveCount(0);
  await page.getByLabel("Action").selectOption("");
  await expect(page).not.toHaveURL(/action=token\.created/);
  await expect(page.getByRole("row").filter({ hasText: "API token revoked" }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("settings-audit") });
});

test("/settings opens the first settings page the role may see", async ({ page }) => {
  await signIn(page, "viewer@northwind.example");
  const response = await page.request.get("/settings", { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe("/settings/users");
});

test("a viewer sees the flags but cannot switch them, and may not open tokens", async ({ page }) => {
  await signIn(page, "viewer@northwind.example");
  await page.goto("/settings/flags");
  await expect(page.getByRole("switch", { name: "Client portal" })).toBeDisabled();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" })).toHaveCount(0);
  const response = await page.goto("/settings/tokens");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("You do not have access to this")).toBeVisible();
});
