import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/**
 * The live region at the top of every update dialog: the form-level error, or how many fields
 * need attention (screen readers announce it when the form is refused).
 */
export function FormStatus({ error, count }: { error: string | undefined; count: number }) {
  return (
    <div role="status">
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : count > 0 ? (
        `${count === 1 ? "One field needs" : `${count} fields need`} attention.`
      ) : null}
    </div>
  );
}
