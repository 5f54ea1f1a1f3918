// Names a scanner folder contains that are not scans: hidden files, partial uploads, OS litter.
import path from 'node:path';

const IGNORED_NAMES = new Set(['thumbs.db', 'desktop.ini', '.ds_store']);
const PARTIAL_SUFFIXES = ['.tmp', '.temp', '.part', '.partial', '.crdownload', '.download', '.filepart', '.lock', '~'];

export function isIgnoredScanName(filePath: string): boolean {
  const name = path.basename(filePath).toLowerCase();
  if (name.startsWith('.') || name.startsWith('~$') || IGNORED_NAMES.has(name)) return true;
  return PARTIAL_SUFFIXES.some((suffix) => name.endsWith(suffix));
}
