/**
 * CSRF defence: a state-changing request that a browser could send with our session cookie must
 * come from our own origin. Requests authenticated only by a bearer token (no cookie) are
 * exempt: a browser never attaches those on its own.
 */
export function checkOrigin(input: {
  method: string;
  origin: string | null;
  referer: string | null;
  host: string | null;
  hasCookie: boolean;
  hasBearer: boolean;
  allowedOrigins: string[];
}): { ok: true } | { ok: false; reason: string } {
  if (["GET", "HEAD", "OPTIONS"].includes(input.method.toUpperCase())) return { ok: true };
  if (input.hasBearer && !input.hasCookie) return { ok: true };
  const claimed = input.origin ?? (input.referer ? safeOrigin(input.referer) : null);
  if (!claimed || claimed === "null") return { ok: false, reason: "the request has no Origin header" };
  const host = safeHost(claimed);
  if (host && input.host && host === input.host.toLowerCase()) return { ok: true };
  if (input.allowedOrigins.includes(claimed)) return { ok: true };
  return { ok: false, reason: `origin ${claimed} is not this site` };
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
