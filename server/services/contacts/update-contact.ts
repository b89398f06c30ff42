import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { contacts } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { diffFields, recordAudit } from "../audit/record-audit";
import { lockCompanyRow, requireCompanyLocation } from "../locations/location-queries";
import { blankToNull, parseInput } from "../validate";
import { mapContactWriteError } from "./contact-errors";
import { updateContactInput } from "./contact-input";
import { clearOtherPrimaries, findContactOrThrow } from "./contact-queries";

export async function updateContact(ctx: ServiceContext, rawInput: z.input<typeof updateContactInput>) {
  assertCan(ctx, "companies.write");
  const { contactId, data } = parseInput(updateContactInput, rawInput);
  const before = await findContactOrThrow(ctx, contactId);
  const changes = blankToNull(data);
  if (changes.locationId && changes.locationId !== before.locationId) {
    await requireCompanyLocation(ctx, before.companyId, changes.locationId, "locationId");
  }
  const becomesPrimary = changes.isPrimary === true && !before.isPrimary;
  if (becomesPrimary) {
    if (before.archivedAt) {
      throw ValidationError.field("isPrimary", "an archived contact cannot be primary; restore it first");
    }
    await lockCompanyRow(ctx, before.companyId);
  }
  const diff = diffFields(before, changes);
  if (Object.keys(diff).length === 0) return before;
  const [row] = await ctx.db
    .update(contacts)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(contacts.tenant, ctx.tenantId), eq(contacts.contactId, contactId)))
    .returning()
    .catch((error: unknown) => mapContactWriteError(error, { ...before, ...changes }));
  const primaryClearedFrom = becomesPrimary ? await clearOtherPrimaries(ctx, row) : [];
  await recordAudit(ctx, {
    action: "contact.updated",
    targetType: "contact",
    targetId: contactId,
    details: { companyId: before.companyId, diff, ...(primaryClearedFrom.length ? { primaryClearedFrom } : {}) },
  });
  return row;
}
