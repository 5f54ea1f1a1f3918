// A letter to the city built from its parts, for the general-cause tests of the classifier
// (classifyGeneralCauses5/6). Not a *.test.ts file itself.

export function letter(parts: { head: string[]; to: string[]; refs?: string[]; subject: string[]; body: string; closing?: string[] }): string {
  return [
    ...parts.head, '', ...parts.to, '', ...(parts.refs ?? []), 'Altdorf, 02.06.2025', '', ...parts.subject, '',
    'Sehr geehrte Damen und Herren,', '', parts.body, '', 'Mit freundlichen Grüßen', '', ...(parts.closing ?? ['K. Brandt']),
  ].join('\n');
}

/** The city's address block, with the units named under its name. */
export const city = (...units: string[]) => ['Stadt Musterstadt', ...units, 'Markt 1', '12345 Musterstadt'];
