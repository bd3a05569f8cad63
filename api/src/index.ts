import { app } from "@azure/functions";
import { config } from "./config";
import { toFunctionsHandler } from "./http/pipeline";
import { routes } from "./http/routes";
import { snapshotSchedule } from "./domain/snapshotSchedule";
import { createServices, type Services } from "./services";
import { describeMonthlyRun, draftMonthlySnapshots } from "./store/monthlySnapshots";

/**
 * Entry point under the Azure Functions host: registers every route of the table and the monthly
 * board snapshot timer. The configuration is read here, at start, so a bad setting stops the app
 * before it serves.
 */
const settings = config();
let services: Promise<Services> | undefined;
const getServices = () => (services ??= Promise.resolve(createServices(settings)));

app.setup({ enableHttpStream: false });
for (const route of routes) {
  app.http(route.name, {
    methods: [route.method],
    route: route.path,
    authLevel: "anonymous",
    handler: toFunctionsHandler(route, getServices),
  });
}

// 06:00 UTC on the 1st: the draft of the month just ended, for every tenant with data. Idempotent,
// so a retried or doubled run makes no second draft.
app.timer("monthlySnapshots", {
  schedule: snapshotSchedule,
  handler: async (_timer, context) => {
    const run = await draftMonthlySnapshots(await getServices());
    context.log(describeMonthlyRun(run));
    if (run.failed.length > 0) throw new Error(describeMonthlyRun(run));
  },
});
