import { TableClient, type TransactionAction } from "@azure/data-tables";
import { parseArgs } from "node:util";
import { startAzurite } from "./lib/azurite";
import { median } from "./lib/stats";

/**
 * `npm run bench:storage`: what Azurite itself costs, apart from the API. For partitions of the
 * given sizes (22,000 rows is one tenant at 1,000 initiatives: its entities and their audit
 * events) it times a keyed read and transactions shaped like the API's commit — k changes, each
 * replacing an entity row and adding an audit row, and the tenant head moved once. Prints the
 * median of repeated runs. Rows carry --payload bytes each (6500 by default, the median initiative
 * document of the demo company at 1,000 initiatives). Options: --rows 200,22000,
 * --changes 1,2,5,10,20,40, --runs 30, --payload 6500.
 */
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "200,22000" },
    changes: { type: "string", default: "1,2,5,10,20,40" },
    runs: { type: "string", default: "30" },
    payload: { type: "string", default: "6500" },
  },
});
const partitionSizes = values.rows.split(",").map(Number);
const changeCounts = values.changes.split(",").map(Number);
const runs = Number(values.runs);
const payload = "x".repeat(Number(values.payload));
const key = (i: number) => `row|${String(i).padStart(7, "0")}`;

async function fill(table: TableClient, partitionKey: string, rows: number) {
  for (let i = 0; i < rows; i += 100) {
    const actions: TransactionAction[] = [];
    for (let j = i; j < Math.min(rows, i + 100); j++) actions.push(["create", { partitionKey, rowKey: key(j), payload }]);
    await table.submitTransaction(actions);
  }
  await table.createEntity({ partitionKey, rowKey: "meta|head", seq: 0 });
}

async function keyedRead(table: TableClient, partitionKey: string, rows: number) {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await table.getEntity(partitionKey, key((r * 7919) % rows));
    times.push(performance.now() - started);
  }
  return median(times);
}

let audit = 0;
async function commit(table: TableClient, partitionKey: string, rows: number, changes: number) {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const actions: TransactionAction[] = [];
    for (let c = 0; c < changes; c++) {
      actions.push(["update", { partitionKey, rowKey: key((r * 7919 + c * 104_729) % rows), payload: `${payload}${r}` }, "Replace"]);
      actions.push(["create", { partitionKey, rowKey: `audit|${String(++audit).padStart(9, "0")}`, payload }]);
    }
    actions.push(["update", { partitionKey, rowKey: "meta|head", seq: audit }, "Replace"]);
    const started = performance.now();
    await table.submitTransaction(actions);
    times.push(performance.now() - started);
  }
  return median(times);
}

const azurite = await startAzurite();
try {
  const table = TableClient.fromConnectionString(azurite.connectionString, "storagefloor", { allowInsecureConnection: true });
  await table.createTable();
  const results: { case: string; rows: number; ms: number }[] = [];
  for (const rows of partitionSizes) {
    const partitionKey = `p${rows}`;
    process.stderr.write(`filling a partition of ${rows} rows…\n`);
    await fill(table, partitionKey, rows);
    results.push({ case: "keyed read (GET one row)", rows, ms: await keyedRead(table, partitionKey, rows) });
    for (const changes of changeCounts) {
      results.push({
        case: `commit of ${changes} change${changes === 1 ? "" : "s"} (${2 * changes + 1} operations)`,
        rows,
        ms: await commit(table, partitionKey, rows, changes),
      });
    }
    results.push({ case: "keyed read, after the commits", rows, ms: await keyedRead(table, partitionKey, rows) });
  }
  console.log(`\nAzurite, rows of ${payload.length} bytes, median of ${runs} runs, ms\n`);
  console.log(`| case | ${partitionSizes.map((rows) => `${rows.toLocaleString("en")} rows`).join(" | ")} |`);
  console.log(`|---|${partitionSizes.map(() => "---:").join("|")}|`);
  for (const name of [...new Set(results.map((r) => r.case))]) {
    const cells = partitionSizes.map((rows) => results.find((r) => r.case === name && r.rows === rows)?.ms.toFixed(1) ?? "");
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
} finally {
  await azurite.stop();
}
