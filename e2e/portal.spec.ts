import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, screenshotPath, signIn } from "./fixtures";

test("a client user signs in to their company's portal and signs out", async ({ page }) => {
  // Not the shared signIn helper: it waits for the workspace's user menu, which the portal has not.
  await page.goto("/login");
  await page.getByLabel("Email").fill("client@northwind.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Cleo Client")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Locations/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Contacts/ })).toBeVisible();
  await expect(page.getByRole("row")).not.toHaveCount(0);
  await page.screenshot({ path: screenshotPath("portal"), fullPage: true });

  // The workspace is not theirs: they land back in the portal.
  await page.goto("/companies");
  await expect(page).toHaveURL(/\/portal$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fportal$/);
});

test("staff who open /portal are sent to the workspace", async ({ page }) => {
  await signIn(page, "tech@northwind.example");
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/companies$/);
});

test("while the provider has the portal switched off, a client user is told so", async ({ page, browser }) => {
  const admin = await browser.newPage();
  const portalSwitch = admin.getByRole("switch", { name: "Client portal" });
  try {
    await signIn(admin, "admin@northwind.example");
    await admin.goto("/settings/flags");
    await expect(portalSwitch).toHaveAttribute("aria-checked", "true");
    await portalSwitch.click();
    await expect(portalSwitch).toHaveAttribute("aria-checked", "false");

    await page.goto("/login");
    await page.getByLabel("Email").fill("client@northwind.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "The client portal is not available yet" })).toBeVisible();
    await expect(page.getByText("Northwind IT has not enabled the portal")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Contacts/ })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath("portal-disabled") });
  } finally {
    // Leave the demo tenant as seeded for the specs that follow.
    await admin.reload();
    if ((await portalSwitch.getAttribute("aria-checked")) === "false") await portalSwitch.click();
    await expect(portalSwitch).toHaveAttribute("aria-checked", "true");
    await admin.close();
  }
});
