import * as z from "zod/mini";

/**
 * The zod the domain schemas are written with: zod/mini, whose functional API lets a bundler keep
 * only what is used (the tab validates its forms with these schemas; classic zod's methods would
 * bring JSON-schema generation and more into its bundle). Unlike classic zod, mini loads no
 * locale by itself, so the English messages the API returns and the tab shows at its fields are
 * configured here, once, by whatever imports a schema.
 */
z.config(z.locales.en());

export { z };
