import type { ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { ApiError } from "../api/client";

/** Says what went wrong with an API call and what the reader can do about it. */

const sentence = (s: string) => s.trim().replace(/[.!?]*$/, ".");

function advice(error: ApiError, what: string): { text: string; retry: boolean } {
  if (error.status === 0) return { text: "Check your network connection, then try again.", retry: true };
  if (error.status === 403)
    return {
      text: `Your role does not give access to ${what}. Ask your Teams administrator to assign you the right role in AI Strategy Board.`,
      retry: false,
    };
  if (error.status === 404)
    return { text: `${what[0]?.toUpperCase()}${what.slice(1)} could not be found.`, retry: true };
  if (error.status === 429)
    return { text: "The service is busy. Wait a moment, then try again.", retry: true };
  if (error.status >= 500)
    return {
      text: "The service had a problem. Try again in a moment; if it keeps failing, tell your administrator.",
      retry: true,
    };
  return { text: "The request was not accepted.", retry: true };
}

export interface ApiErrorMessageProps {
  error: ApiError;
  /** What was being loaded, for the sentence: "the portfolio". */
  what: string;
  onRetry?: () => void;
  /** More ways out, such as "Clear filters". */
  actions?: ReactNode;
}

export function ApiErrorMessage({ error, what, onRetry, actions }: ApiErrorMessageProps) {
  const { text, retry } = advice(error, what);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Couldn't load {what}.</MessageBarTitle> {sentence(error.detail ?? error.title)}{" "}
        {text}
        {error.errors.length > 0 && (
          <ul>
            {error.errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>{e.path ? `${e.path}: ${e.message}` : e.message}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {retry && onRetry && (
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            Try again
          </Button>
        )}
        {actions}
      </MessageBarActions>
    </MessageBar>
  );
}
