import { zodResolver } from "@hookform/resolvers/zod";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";

/** What our actions answer (server/http/remix.ts actWith). */
export type ActionResult<T = unknown> =
  | { ok: true; result: T }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

interface Options<TValues extends FieldValues, TResult, TOutput> {
  /** The service's zod schema (or a form-shaped variant); TOutput is what it parses to. */
  schema: z.ZodType<TOutput, z.ZodTypeDef, TValues>;
  defaultValues: DefaultValues<TValues>;
  intent: string;
  /** Extra values sent with the form (ids the form does not edit). */
  extra?: Record<string, unknown>;
  action?: string;
  onSuccess?(result: TResult): void;
}

/**
 * react-hook-form validated by the same zod schema the service uses, submitted as JSON to a Remix
 * action. Errors the server finds (a duplicate name, say) appear beside the field they name.
 */
export function useActionForm<TValues extends FieldValues, TResult = unknown, TOutput extends FieldValues = TValues>(
  options: Options<TValues, TResult, TOutput>,
) {
  const fetcher = useFetcher<ActionResult<TResult>>();
  const form = useForm<TValues, unknown, TOutput>({ resolver: zodResolver(options.schema), defaultValues: options.defaultValues });
  const onSuccess = useRef(options.onSuccess);
  onSuccess.current = options.onSuccess;

  useEffect(() => {
    // Remix types fetcher data as its JSON form; our results are plain JSON already.
    const data = fetcher.data as ActionResult<TResult> | undefined;
    if (fetcher.state !== "idle" || !data) return;
    if (data.ok) {
      onSuccess.current?.(data.result);
      return;
    }
    for (const [field, message] of Object.entries(data.fieldErrors)) {
      const name = field.replace(/^data\./, "") as Path<TValues>;
      form.setError(name, { type: "server", message });
    }
  }, [fetcher.state, fetcher.data, form]);

  // The parsed values are sent; the service parses them again (its transforms are idempotent).
  const onSubmit = form.handleSubmit((values) => {
    fetcher.submit(
      { intent: options.intent, ...options.extra, ...values } as never,
      { method: "post", encType: "application/json", action: options.action },
    );
  });

  const data = fetcher.data as ActionResult<TResult> | undefined;
  const formError = data && !data.ok && Object.keys(data.fieldErrors).length === 0 ? data.message : null;
  return { form, onSubmit, busy: fetcher.state !== "idle", formError, fetcher };
}
