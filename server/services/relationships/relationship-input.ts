import { z } from "zod";
import { impactDirections } from "../../../db/schema/values";

// Inputs of the relationship services, shared by the tRPC procedures and the forms.

const assetId = (what = "an asset id") => z.string().uuid(`must be ${what}`);
const typeKey = z
  .string()
  .trim()
  .min(1, "is required")
  .max(50, "must be at most 50 characters");

export const createRelationshipInput = z
  .object({
    parentAssetId: assetId(),
    childAssetId: assetId(),
    relationshipType: typeKey,
    notes: z.string().trim().max(2_000, "must be at most 2000 characters").nullish(),
  })
  .refine((v) => v.parentAssetId !== v.childAssetId, {
    path: ["childAssetId"],
    message: "an asset cannot be related to itself",
  });

export const deleteRelationshipInput = z.object({ relationshipId: z.string().uuid("must be a relationship id") });

export const createRelationshipTypeInput = z
  .object({
    typeKey: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,49}$/, "must be 2–50 lower-case letters, digits or _, starting with a letter"),
    label: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    inverseLabel: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    acyclic: z.boolean(),
    impactDirection: z.enum(impactDirections),
    hierarchical: z.boolean().default(false),
  })
  // The containment tree reads which side is the container from the impact direction (the side
  // depended upon) and must not loop, so a hierarchical type needs both.
  .refine((v) => !v.hierarchical || v.impactDirection !== "none", {
    path: ["impactDirection"],
    message: "a hierarchical type needs an impact direction: it tells which side contains the other",
  })
  .refine((v) => !v.hierarchical || v.acyclic, { path: ["acyclic"], message: "a hierarchical type must be acyclic" });

export const assetGraphInput = z.object({ assetId: assetId() });

export const impactAnalysisInput = z.object({
  assetId: assetId(),
  maxDepth: z.number().int().min(1).max(25).default(10),
});

export const serviceMapInput = z.object({
  assetId: assetId(),
  depth: z.number().int().min(1).max(5).default(2),
  /** Only these relationship types; every type when absent. */
  typeKeys: z.array(typeKey).max(50).optional(),
});
