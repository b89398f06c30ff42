import { useRef, useState } from "react";
import { Button } from "~/components/ui/button";

interface Props {
  name: string;
  token: string;
  /** An endpoint to try the token on, e.g. http://host/api/trpc/me.get */
  exampleUrl: string;
  onDone(): void;
}

/**
 * The one moment a token's secret is visible: the server keeps only its hash, so once this closes
 * nobody can read it again — the warning says so plainly.
 */
export function TokenSecret({ name, token, exampleUrl, onDone }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "manual" | null>(null);
  const copy = async () => {
    field.current?.select();
    try {
      // The Clipboard API exists only in secure contexts (https or localhost).
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      setCopied("manual");
    }
  };
  const curl = `curl -H "Authorization: Bearer ${token}" ${exampleUrl}`;
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        <strong className="font-semibold">Copy this token now.</strong> It will not be shown again: Tessera keeps only a hash of it. If
        it is lost, revoke it and create a new one.
      </p>
      <div className="space-y-1">
        <label htmlFor="new-token-secret" className="block text-xs font-medium text-slate-700">
          API token “{name}”
        </label>
        <div className="flex gap-2">
          <input
            ref={field}
            id="new-token-secret"
            readOnly
            value={token}
            onFocus={(e) => e.currentTarget.select()}
            spellCheck={false}
            className="block w-full min-w-0 rounded border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-900"
          />
          <Button variant="primary" onClick={copy}>
            {copied === "yes" ? "Copied" : "Copy"}
          </Button>
        </div>
        <p aria-live="polite" className="text-xs text-slate-500">
          {copied === "yes" ? "Copied to the clipboard." : copied === "manual" ? "Selected: press Ctrl+C (⌘C) to copy." : null}
        </p>
      </div>
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-700">Try it</p>
        <pre className="rounded bg-slate-900 px-3 py-2 font-mono text-xs break-all whitespace-pre-wrap text-slate-100">{curl}</pre>
      </div>
      <div className="flex justify-end">
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
