import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("an admin creates a company with a location and finds it by search", async ({ page }) => {
  await signIn(page, "admin@northwind.example");
  await expect(page.getByRole("heading", { name: "Companies" })).toBeVisible();
  await expect(page.getByRole("row")).not.toHaveCount(1);
  await page.screenshot({ path: screenshotPath("companies") });

  await page.getByRole("button", { name: "New company" }).click();
  const dialog = page.getByRole("dialog", { name: "New company" });
  // The form names the bad field before anything is sent.
  await dialog.getByLabel("Website").fill("not a url");
  await dialog.getByRole("button", { name: "Create company" }).click();
  await expect(dialog.getByText("is required")).toBeVisible();
  await expect(dialog.getByText("must start with http:// or https://")).toBeVisible();
  await dialog.getByLabel("Name").fill("Quillfeather Orthodontics");
  await dialog.getByLabel("Client code").fill("QFO");
  await dialog.getByLabel("Domain").fill("quillfeather.example");
  await dialog.getByLabel("Website").fill("https://quillfeather.example");
  await dialog.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByRole("heading", { name: "Quillfeather Orthodontics" })).toBeVisible();

  await page.getByRole("button", { name: "Add location" }).click();
  const locationDialog = page.getByRole("dialog", { name: "Add location" });
  await locationDialog.getByLabel("Name").fill("Main clinic");
  await locationDialog.getByLabel("Address").fill("12 Harbor Drive");
  await locationDialog.getByLabel("City").fill("Portland");
  await locationDialog.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("region", { name: /Locations/ }).getByText("Main clinic")).toBeVisible();

  await page.getByRole("button", { name: "Add location" }).click();
  const roomDialog = page.getByRole("dialog", { name: "Add location" });
  await roomDialog.getByLabel("Name").fill("X-ray room");
  await roomDialog.getByLabel("Kind").selectOption("room");
  await roomDialog.getByLabel("Inside").selectOption({ label: "Main clinic" });
  await roomDialog.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("region", { name: /Locations/ }).getByText("X-ray room")).toBeVisible();
  await page.screenshot({ path: screenshotPath("company-detail") });

  await page.getByRole("link", { name: "Companies", exact: true }).first().click();
  await page.getByRole("searchbox", { name: "Search companies" }).fill("quillfeather");
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row", { name: /Quillfeather Orthodontics/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(4)).toHaveText("2");
  await expect(page.getByRole("row")).toHaveCount(2);
});

test("a technician switches tenant and sees the other tenant's companies", async ({ page }) => {
  await signIn(page, "tech@northwind.example");
  // The technician's home tenant opens first.
  const tenantSwitch = page.getByLabel("Tenant");
  await expect(tenantSwitch.locator("option:checked")).toHaveText("Northwind IT");
  const northwindFirst = await page.getByRole("row").nth(1).getByRole("link").innerText();
  await tenantSwitch.selectOption({ label: "Contoso Managed Services" });
  await expect(page.getByRole("row").nth(1).getByRole("link")).not.toHaveText(northwindFirst);
  await expect(page.getByLabel("Tenant").locator("option:checked")).toHaveText("Contoso Managed Services");
  await page.screenshot({ path: screenshotPath("companies-contoso") });
  // Contoso's list holds none of Northwind's clients.
  await page.getByRole("searchbox", { name: "Search companies" }).fill(northwindFirst);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`No company matches “${northwindFirst}”`)).toBeVisible();
});
