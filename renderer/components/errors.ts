import { ApiCallError } from '../api/client.ts';
import type { I18n } from '../i18n/index.tsx';

/** A sentence for the user; the server's code picks the wording, its message adds the detail. */
export function errorText(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiCallError) {
    if (error.code === 'forbidden') return t('error.forbidden');
    if (error.code === 'not-found') return t('error.notFound');
    if (error.code === 'conflict') return t('error.conflict', { message: error.message });
  }
  return t('common.error', { message: error instanceof Error ? error.message : String(error) });
}

/** Issues of an invalid-input answer by key path ("routing.rules.0.pattern" → message). */
export function issuesByPath(error: unknown): Map<string, string> {
  const result = new Map<string, string>();
  if (error instanceof ApiCallError) for (const issue of error.issues) if (!result.has(issue.path)) result.set(issue.path, issue.message);
  return result;
}
