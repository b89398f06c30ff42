import { and, sql, type SQL } from "drizzle-orm";
import { assets } from "../../../db/schema";
import { queryRows } from "../../../db/rows";
import { assertCan, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { parseInput } from "../validate";
import { buildAssetConditions, FUZZY_CAP } from "./asset-filters";
import { selectAssetRows, withExtensions } from "./asset-read";
import { orderBy, segmentConditions, sortSpecs, type SortCursor } from "./asset-sort";
import { listAssetsInput, type ListAssetsInput } from "./list-input";

/** Above this many (estimated) matches the total is the planner's estimate; below, an exact count. */
const EXACT_COUNT_LIMIT = 5_000;

export function encodeCursor(cursor: SortCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(raw: string | null | undefined): SortCursor | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as SortCursor;
    if (typeof parsed.id !== "string" || !/^[0-9a-f-]{36}$/i.test(parsed.id)) throw new Error("bad id");
    if (parsed.value !== null && typeof parsed.value !== "string") throw new Error("bad value");
    if (parsed.fuzzy !== undefined && typeof parsed.fuzzy !== "boolean") throw new Error("bad mode");
    return parsed;
  } catch {
    throw ValidationError.field("cursor", "is not a cursor this list issued; start again from the first page");
  }
}

/**
 * Assets matching a filter, in any listed sort order, keyset-paged: the page query is an index
 * range scan at any depth. The total comes with the first page: exact when cheap, else an estimate.
 */
export async function listAssets(ctx: ServiceContext, rawInput: ListAssetsInput = {}) {
  assertCan(ctx, "assets.read");
  const input = parseInput(listAssetsInput, rawInput);
  const spec = sortSpecs[input.sort.field];
  const cursor = decodeCursor(input.cursor);
  const firstTry = await pageOf(ctx, input, cursor, cursor?.fuzzy ?? false);
  // Nothing contains the search text: try again with fuzzy matching (typos), on the first page.
  const canFallBack = Boolean(input.filter.search && input.filter.search.trim().length >= 4 && !cursor);
  const { rows, where, fuzzy } = firstTry.rows.length === 0 && canFallBack ? await pageOf(ctx, input, cursor, true) : firstTry;

  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > input.limit && last
      ? encodeCursor({ id: last.assetId, value: last.segment === "nulls" ? null : await sortValueOf(ctx, spec.expr, last.assetId), ...(fuzzy ? { fuzzy } : {}) })
      : null;
  // Counting is for the first page; later pages keep the total they were given (unless asked).
  const total = (input.includeTotal ?? !cursor) ? await countMatches(ctx, where) : null;
  const shaped = items.map(({ segment: _segment, ...r }) => r);
  return {
    items: input.includeExtension ? await withExtensions(ctx, shaped) : shaped.map((r) => ({ ...r, extension: null })),
    nextCursor,
    total: total?.count ?? null,
    // Fuzzy matches are capped (migration 0004), so a total at the cap is a lower bound.
    totalIsEstimate: (total?.estimate ?? false) || (fuzzy && (total?.count ?? 0) >= FUZZY_CAP),
    searchMode: input.filter.search ? (fuzzy ? ("fuzzy" as const) : ("contains" as const)) : null,
  };
}

type Parsed = ReturnType<typeof listAssetsInput.parse>;

/** One page: the rows with a non-null sort value, then (if room is left) the null segment. */
async function pageOf(ctx: ServiceContext, input: Parsed, cursor: SortCursor | null, fuzzy: boolean) {
  const spec = sortSpecs[input.sort.field];
  const where = await buildAssetConditions(ctx, input.filter, { fuzzy });
  const take = input.limit + 1;

  const page = async (segment: "values" | "nulls", limit: number) =>
    selectAssetRows(ctx)
      .where(and(...where, ...segmentConditions(spec, input.sort.direction, cursor, segment)))
      .orderBy(orderBy(spec, input.sort.direction, segment))
      .limit(limit)
      .then((rows) => rows.map((r) => ({ ...r, segment })));

  const inNulls = cursor !== null && cursor.value === null;
  let rows = inNulls ? [] : await page("values", take);
  if (spec.nullable && rows.length < take) rows = [...rows, ...(await page("nulls", take - rows.length))];
  return { rows, where, fuzzy };
}

/** The text form of the sort expression for the last row (exactly as the database orders it). */
async function sortValueOf(ctx: ServiceContext, expr: SQL, assetId: string): Promise<string> {
  const [row] = await queryRows<{ v: string }>(ctx.db, sql`select (${expr})::text as v from ${assets} where ${assets.tenant} = ${ctx.tenantId} and ${assets.assetId} = ${assetId}`);
  return row.v;
}

/**
 * Exact when cheap: the planner's estimate first (about a millisecond, good across tenants thanks to
 * the extended statistics on assets), and an exact count only when that estimate is small.
 */
async function countMatches(ctx: ServiceContext, where: SQL[]): Promise<{ count: number; estimate: boolean }> {
  const condition = and(...where)!;
  const [plan] = await queryRows<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
    ctx.db,
    sql`explain (format json) select 1 from ${assets} where ${condition}`,
  );
  const estimated = Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"]);
  if (estimated > EXACT_COUNT_LIMIT) return { count: estimated, estimate: true };
  const [capped] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from (select 1 from ${assets} where ${condition} limit ${EXACT_COUNT_LIMIT * 4 + 1}) s`,
  );
  if (capped.n > EXACT_COUNT_LIMIT * 4) return { count: capped.n, estimate: true };
  return { count: capped.n, estimate: false };
}
