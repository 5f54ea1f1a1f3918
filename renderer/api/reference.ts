// Reference data every workplace needs (department names, the confidence threshold), loaded once.
import { useEffect, useState } from 'react';
import { api, type Output } from './index.ts';

export type DepartmentRef = Output<'config.get'>['config']['departments'][number];
export interface Reference { departments: DepartmentRef[]; confidenceThreshold: number }

let cache: Promise<Reference> | undefined;

export function loadReference(): Promise<Reference> {
  // config.get is readable by every role precisely for the department pickers (contract/methods.ts).
  cache ??= api.call('config.get', {}).then(({ config }) => ({ departments: config.departments, confidenceThreshold: config.routing.confidenceThreshold }));
  cache.catch(() => { cache = undefined; });
  return cache;
}

/** Forget the cached answer (after IT changed the configuration, or after signing in as someone else). */
export function invalidateReference(): void { cache = undefined; }

export function useReference(): Reference | undefined {
  const [value, setValue] = useState<Reference>();
  useEffect(() => {
    let live = true;
    loadReference().then((ref) => { if (live) setValue(ref); }, () => undefined);
    return () => { live = false; };
  }, []);
  return value;
}

export function departmentLabel(reference: Reference | undefined, code: string | null | undefined): string {
  if (!code) return '–';
  const department = reference?.departments.find((d) => d.code === code);
  return department ? `${department.code} ${department.name}` : code;
}
