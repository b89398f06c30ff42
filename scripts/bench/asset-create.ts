import type { DatabaseHandle } from "../../db/client";
import { insertCompanies, unsafeCreateTenant } from "../../db/seed/accounts";
import { demoCompanies } from "../../db/seed/demo-data";
import { createRandom } from "../../db/seed/random";
import { builtinType } from "../../db/seed/demo-assets/types";
import { withTenant } from "../../db/tenant";
import type { ServiceContext } from "../../server/context";
import { createAsset } from "../../server/services/assets/create-asset";
import { summarize, timeMany } from "./stats";

/** assets.create through the service, with extension data, tag allocation and the history row. */
export async function benchAssetCreate(handle: DatabaseHandle, iterations = 300) {
  const tenant = await unsafeCreateTenant(handle.db, { name: "Bench create", slug: `bench-create-${Date.now()}` });
  const tenantId = tenant.tenantId;
  const [company] = await insertCompanies(handle.db, tenantId, demoCompanies(createRandom(5), 1));
  const type = await withTenant(handle.db, tenantId, (tx) => builtinType(tx, tenantId, "Workstation"));
  const actor = { type: "system", label: "bench" } as const;
  const create = (i: number) =>
    withTenant(handle.db, tenantId, (db) =>
      createAsset({ tenantId, db, actor } as ServiceContext, {
        typeId: type.typeId,
        companyId: company.companyId,
        name: `Bench laptop ${i}`,
        serialNumber: `BENCH${Date.now()}${i}`,
        hostname: `bench-${i}.corp.local`,
        macAddresses: [`02:00:00:${String(i % 100).padStart(2, "0")}:00:01`],
        extension: { osName: "Windows 11 Pro", ramMb: 16384 },
      }),
    );
  await timeMany(20, (i) => create(100_000 + i));
  return { create: summarize(await timeMany(iterations, create)) };
}
