import { z } from "zod";

/** The files a Teams manifest refers to, relative to the manifest's folder. */
const referencedFiles = z.object({
  icons: z.object({ color: z.string().min(1), outline: z.string().min(1) }).optional(),
  localizationInfo: z
    .object({
      defaultLanguageFile: z.string().optional(),
      additionalLanguages: z.array(z.object({ file: z.string().min(1) })).optional(),
    })
    .optional(),
});

/** The localisation files of a manifest: the default language file, then the additional ones. */
export function localisationFiles(manifest: unknown): string[] {
  const info = referencedFiles.parse(manifest).localizationInfo;
  return [
    ...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info?.additionalLanguages ?? []).map((language) => language.file),
  ];
}

/** The icon files of a manifest, or `undefined` when it does not name both. */
export function iconFiles(manifest: unknown): { color: string; outline: string } | undefined {
  return referencedFiles.parse(manifest).icons;
}
