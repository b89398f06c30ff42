import { z } from "zod";

const statusKey = z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, "must be lower-case letters, digits and _ (e.g. in_stock)");

/** A tenant's whole lifecycle, replaced at once: statuses in order, and the allowed moves. */
export const setLifecycleInput = z
  .object({
    statuses: z
      .array(
        z.object({
          statusKey,
          label: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters"),
          isActive: z.boolean().default(true),
          isInitial: z.boolean().default(false),
        }),
      )
      .min(1, "needs at least one status")
      .max(30, "may have at most 30 statuses"),
    transitions: z.array(z.object({ from: statusKey, to: statusKey })).max(900),
  })
  .superRefine((value, ctx) => {
    const keys = value.statuses.map((s) => s.statusKey);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i) ctx.addIssue({ code: "custom", path: ["statuses", i, "statusKey"], message: `"${k}" is listed twice` });
    });
    const initial = value.statuses.filter((s) => s.isInitial).length;
    if (initial !== 1) ctx.addIssue({ code: "custom", path: ["statuses"], message: `needs exactly one initial status (has ${initial})` });
    value.transitions.forEach((t, i) => {
      for (const side of ["from", "to"] as const) {
        if (!keys.includes(t[side])) ctx.addIssue({ code: "custom", path: ["transitions", i, side], message: `"${t[side]}" is not one of the statuses` });
      }
      if (t.from === t.to) ctx.addIssue({ code: "custom", path: ["transitions", i, "to"], message: "must differ from from" });
    });
  });
export type SetLifecycleInput = z.input<typeof setLifecycleInput>;

/** Tokens a tag pattern may use; {seq} is required, or every tag would be the same. */
export const setTagPatternInput = z.object({
  assetTagPattern: z
    .string()
    .trim()
    .min(1, "is required")
    .max(60, "must be at most 60 characters")
    .refine((p) => /\{seq(:\d{1,2})?\}/.test(p), "must contain {seq} (or {seq:N} for N digits)")
    .refine((p) => (p.match(/\{[^}]*\}/g) ?? []).every((t) => /^\{(seq(:\d{1,2})?|company|kind|yyyy)\}$/.test(t)), "may use only {seq}, {seq:N}, {company}, {kind} and {yyyy}"),
  /** Optionally restart the counter (never below 1). */
  nextSequence: z.number().int().min(1).max(1_000_000_000).optional(),
});
export type SetTagPatternInput = z.input<typeof setTagPatternInput>;
