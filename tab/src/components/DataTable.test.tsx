import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithTheme } from "../../test/render";
import { DataTable, type Column } from "./DataTable";

interface Row {
  id: string;
  title: string;
  roi: number | null;
}

const columns: Column<Row>[] = [
  { id: "title", label: "Initiative", value: (r) => r.title },
  { id: "roi", label: "ROI", numeric: true, value: (r) => r.roi, render: (r) => (r.roi === null ? "—" : `${r.roi * 100}%`) },
];

const rows: Row[] = [
  { id: "1", title: "Invoice matching", roi: 0.4 },
  { id: "2", title: "Claims, triage", roi: null },
  { id: "3", title: "agent assist", roi: 1.5 },
  { id: "4", title: 'The "big" one', roi: -0.2 },
];

const bodyRows = (name = "Initiatives") =>
  within(screen.getByRole("table", { name }))
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));

/** Captures what a CSV download would save. */
function captureDownloads() {
  const saved: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({
      name: this.download,
      // Decoded with its byte order mark kept, to see that Excel gets one.
      text: blobs
        .get(this.getAttribute("href") ?? "")!
        .arrayBuffer()
        .then((b) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(b)),
    });
  });
  return saved;
}

describe("DataTable", () => {
  it("sorts by a column, numbers by value and empty values last, and flips on a second click", async () => {
    const user = userEvent.setup();
    renderWithTheme(<DataTable title="Initiatives" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    expect(bodyRows().map((r) => r[0])).toEqual(["Invoice matching", "Claims, triage", "agent assist", 'The "big" one']);

    await user.click(screen.getByRole("button", { name: "ROI" }));
    expect(screen.getByRole("columnheader", { name: "ROI" })).toHaveAttribute("aria-sort", "descending");
    expect(bodyRows().map((r) => r[1])).toEqual(["150%", "40%", "-20%", "—"]);

    await user.click(screen.getByRole("button", { name: "ROI" }));
    expect(screen.getByRole("columnheader", { name: "ROI" })).toHaveAttribute("aria-sort", "ascending");
    expect(bodyRows().map((r) => r[1])).toEqual(["-20%", "40%", "150%", "—"]);

    await user.click(screen.getByRole("button", { name: "Initiative" }));
    expect(bodyRows().map((r) => r[0])).toEqual(["agent assist", "Claims, triage", "Invoice matching", 'The "big" one']);
  });

  it("shows rows a page at a time", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 1000 }, (_, k) => ({ id: String(k), title: `Initiative ${k + 1}`, roi: k / 100 }));
    renderWithTheme(<DataTable title="Initiatives" columns={columns} rows={many} rowKey={(r) => r.id} pageSize={25} />);
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText("Rows 1–25 of 1,000")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Previous page of Initiatives" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Next page of Initiatives" }));
    expect(bodyRows()[0]?.[0]).toBe("Initiative 26");
    expect(screen.getByText("Page 2 of 40")).toBeInTheDocument();
  });

  it("exports every row as CSV, in the order shown", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderWithTheme(
      <DataTable
        title="Initiatives in scope"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        pageSize={2}
        initialSort={{ column: "roi", direction: "descending" }}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Export CSV: Initiatives in scope" }));
    expect(saved.map((s) => s.name)).toEqual(["initiatives-in-scope.csv"]);
    expect(await saved[0]!.text).toBe(
      '\ufeffInitiative,ROI\r\nagent assist,1.5\r\nInvoice matching,0.4\r\n"The ""big"" one",-0.2\r\n"Claims, triage",\r\n',
    );
  });

  it("says when there is nothing to show", () => {
    renderWithTheme(<DataTable title="Initiatives" columns={columns} rows={[]} rowKey={(r) => r.id} empty="No initiative in scope." />);
    expect(screen.getByText("No initiative in scope.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export CSV: Initiatives" })).toBeDisabled();
  });
});
