// The demo organisation, read from seeds/config.yaml so the generator's labels follow the
// configuration instead of a second copy of it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { DocumentTypeSchema, ProtectionLevelSchema, type DocumentType, type ProtectionLevel } from '../../electron/contract/domain.ts';

const ConfigSubsetSchema = z.object({
  organisation: z.string(),
  departments: z.array(z.object({ code: z.string(), name: z.string(), keywords: z.array(z.string()).default([]) })),
  documentTypes: z.record(DocumentTypeSchema, z.object({
    department: z.string().nullable(),
    protection: ProtectionLevelSchema,
  })),
});

export interface Department { code: string; name: string; keywords: string[] }
export interface TypeDefaults { department: string | null; protection: ProtectionLevel }
export interface DemoOrg {
  name: string;
  departments: Department[];
  typeDefaults: Record<DocumentType, TypeDefaults>;
  department(code: string): Department;
}

let cached: DemoOrg | undefined;

export function loadDemoOrg(configPath: URL | string = new URL('../config.yaml', import.meta.url)): DemoOrg {
  if (cached && configPath instanceof URL && configPath.href === new URL('../config.yaml', import.meta.url).href) return cached;
  const config = ConfigSubsetSchema.parse(parse(readFileSync(configPath, 'utf8')));
  const departments = config.departments;
  const org: DemoOrg = {
    name: config.organisation,
    departments,
    typeDefaults: config.documentTypes as Record<DocumentType, TypeDefaults>,
    department(code) {
      const found = departments.find((d) => d.code === code);
      if (!found) throw new Error(`unknown department ${code}`);
      return found;
    },
  };
  if (configPath instanceof URL) cached = org;
  return org;
}
