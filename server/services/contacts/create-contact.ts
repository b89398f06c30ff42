import type { z } from "zod";
import { contacts } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAudit } from "../audit/record-audit";
import { findCompanyOrThrow } from "../companies/get-company";
import { lockCompanyRow, requireCompanyLocation } from "../locations/location-queries";
import { blankToNull, parseInput } from "../validate";
import { mapContactWriteError } from "./contact-errors";
import { createContactInput } from "./contact-input";
import { clearOtherPrimaries, fullName } from "./contact-queries";

export async function createContact(ctx: ServiceContext, rawInput: z.input<typeof createContactInput>) {
  assertCan(ctx, "companies.write");
  const input = blankToNull(parseInput(createContactInput, rawInput));
  await findCompanyOrThrow(ctx, input.companyId);
  if (input.locationId) await requireCompanyLocation(ctx, input.companyId, input.locationId, "locationId");
  if (input.isPrimary) await lockCompanyRow(ctx, input.companyId);
  const [row] = await ctx.db
    .insert(contacts)
    .values({ ...input, tenant: ctx.tenantId })
    .returning()
    .catch((error: unknown) => mapContactWriteError(error, input));
  const primaryClearedFrom = row.isPrimary ? await clearOtherPrimaries(ctx, row) : [];
  await recordAudit(ctx, {
    action: "contact.created",
    targetType: "contact",
    targetId: row.contactId,
    details: {
      companyId: row.companyId,
      name: fullName(row),
      isPrimary: row.isPrimary,
      ...(primaryClearedFrom.length ? { primaryClearedFrom } : {}),
    },
  });
  return row;
}
