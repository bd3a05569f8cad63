import { describe, expect, it } from "vitest";
import { csvField, fileNameOf, toCsv } from "./csv";

describe("csv", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Sales, EMEA")).toBe('"Sales, EMEA"');
    expect(csvField('The "big" one')).toBe('"The ""big"" one"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("writes numbers as numbers and empty values as empty fields", () => {
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(true)).toBe("true");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+1+2")).toBe("'+1+2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-5 days")).toBe("'-5 days");
  });

  it("joins records with CRLF, header first", () => {
    expect(
      toCsv(
        ["Initiative", "Department", "ROI"],
        [
          ["Invoice matching", "Finance", 0.4],
          ["Claims, triage", "Operations", null],
        ],
      ),
    ).toBe('Initiative,Department,ROI\r\nInvoice matching,Finance,0.4\r\n"Claims, triage",Operations,\r\n');
  });

  it("makes file names from titles", () => {
    expect(fileNameOf("Risk register")).toBe("risk-register");
    expect(fileNameOf("Exposure per owner (inherent)")).toBe("exposure-per-owner-inherent");
    expect(fileNameOf("Équipe déjà vue")).toBe("equipe-deja-vue");
    expect(fileNameOf("!!!")).toBe("export");
  });
});
