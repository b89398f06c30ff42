import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { locations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { findCompanyOrThrow } from "../companies/get-company";
import { parseInput } from "../validate";
import { listLocationsInput } from "./location-input";
import { placeLocations } from "./location-tree";

/**
 * A company's locations in tree order (parents before children, siblings by name), each with its
 * depth and the names of its ancestors. One query; the ordering is done in JavaScript so that it
 * does not depend on the database's collation (PGlite and a Postgres server differ).
 */
export async function listLocations(ctx: ServiceContext, rawInput: z.input<typeof listLocationsInput>) {
  assertCan(ctx, "companies.read");
  const { companyId } = parseInput(listLocationsInput, rawInput);
  await findCompanyOrThrow(ctx, companyId);
  const rows = await ctx.db
    .select()
    .from(locations)
    .where(and(eq(locations.tenant, ctx.tenantId), eq(locations.companyId, companyId)));
  return placeLocations(rows);
}
