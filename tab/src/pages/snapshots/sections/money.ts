import type { Formatters } from "../../../format";

/** Amounts in the snapshot's currency (compact), or plain numbers before a currency was set. */
export const moneyIn = (format: Formatters, currency: string | null) => (amount: number) =>
  currency ? format.currency(amount, currency, { compact: true }) : format.number(amount);

export const signedMoneyIn = (format: Formatters, currency: string | null) => (amount: number) =>
  currency ? format.signedCurrency(amount, currency) : format.signedNumber(amount);
