import { app } from "@azure/functions";
import { config } from "./config";
import { toFunctionsHandler } from "./http/pipeline";
import { routes } from "./http/routes";
import { createServices, type Services } from "./services";

/**
 * Entry point under the Azure Functions host: registers every route of the table. The
 * configuration is read here, at start, so a bad setting stops the app before it serves.
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
