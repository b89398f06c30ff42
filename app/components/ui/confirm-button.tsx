import { useFetcher } from "@remix-run/react";
import { useEffect, useState } from "react";
import type { ActionResult } from "~/components/forms/use-action-form";
import { Button, type ButtonProps } from "./button";
import { Dialog } from "./dialog";
import { FormError } from "./page-header";

interface Props {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  payload: Record<string, string | boolean>;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}

/** A button that asks first, then posts `payload` (with its intent) to the route's action. */
export function ConfirmButton({ label, title, description, confirmLabel, payload, variant = "secondary", size = "sm" }: Props) {
  const [open, setOpen] = useState(false);
  const fetcher = useFetcher<ActionResult>();
  const result = fetcher.data as ActionResult | undefined;
  useEffect(() => {
    if (fetcher.state === "idle" && result?.ok) setOpen(false);
  }, [fetcher.state, result]);
  return (
    <>
      <Button variant={variant} size={size} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={title} description={description}>
        {result && !result.ok ? <FormError message={result.message} /> : null}
        <div className="mt-3 flex justify-end gap-2">
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant={variant === "danger" ? "danger" : "primary"}
            disabled={fetcher.state !== "idle"}
            onClick={() => fetcher.submit(payload, { method: "post", encType: "application/json" })}
          >
            {confirmLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
