import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { ActionResult } from "~/components/forms/use-action-form";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/page-header";

interface Props {
  token: { tokenId: string; name: string; displayPrefix: string };
  onDone(): void;
}

/** The body of the revoke confirmation; revoking is immediate and cannot be undone. */
export function RevokeTokenConfirm({ token, onDone }: Props) {
  const fetcher = useFetcher<ActionResult<{ tokenId: string; revoked: boolean }>>();
  const data = fetcher.data as ActionResult<{ tokenId: string; revoked: boolean }> | undefined;
  const busy = fetcher.state !== "idle";
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    if (fetcher.state === "idle" && data?.ok) done.current();
  }, [fetcher.state, data]);

  const revoke = () =>
    fetcher.submit({ intent: "revoke", tokenId: token.tokenId }, { method: "post", encType: "application/json" });

  return (
    <div className="space-y-4">
      <FormError message={data && !data.ok ? data.message.replace(/^tokenId: /, "") : null} />
      <p className="text-sm text-slate-700">
        Services that use <strong className="font-semibold">{token.name}</strong>{" "}
        <span className="font-mono text-xs">({token.displayPrefix})</span> are refused from the next request on. This cannot be
        undone.
      </p>
      <div className="flex justify-end gap-2">
        <Button onClick={onDone} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={revoke} disabled={busy}>
          {busy ? "Revoking…" : "Revoke token"}
        </Button>
      </div>
    </div>
  );
}
