/**
 * Feature flags a tenant can switch. A key not in this registry cannot be set. Each flag gates
 * real behaviour; later issues register theirs here (pilot tenants for new workspace parts).
 */
export const featureRegistry = {
  api_access: {
    label: "API access",
    description: "Accept API tokens for this tenant. When off, every token call is refused.",
    default: true,
  },
  client_portal: {
    label: "Client portal",
    description: "Let client users (contacts of one company) sign in to the portal.",
    default: false,
  },
} as const satisfies Record<string, { label: string; description: string; default: boolean }>;

export type FeatureKey = keyof typeof featureRegistry;
export const featureKeys = Object.keys(featureRegistry) as FeatureKey[];
export const isFeatureKey = (key: string): key is FeatureKey => key in featureRegistry;
