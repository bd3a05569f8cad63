import { z } from "zod";

/**
 * Parses generated data through its schema and returns the schema's output. The generator never
 * hands out data that a schema would refuse: a violation is a bug here, so it throws.
 */
export function validated<S extends z.core.$ZodType>(schema: S, value: z.input<S>, what: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new Error(`demo data for ${what} violates its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}
