// The keyboard map, always visible as a hint bar and in full behind "?".
import { Dialog } from '../../components/Dialog.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

export const SHORTCUTS: { keys: string[]; label: MessageKey }[] = [
  { keys: ['J', '↓'], label: 'shortcut.next' },
  { keys: ['K', '↑'], label: 'shortcut.previous' },
  { keys: ['Enter'], label: 'shortcut.release' },
  { keys: ['Strg+Enter'], label: 'shortcut.releaseAnywhere' },
  { keys: ['T'], label: 'shortcut.type' },
  { keys: ['P'], label: 'shortcut.protection' },
  { keys: ['A'], label: 'shortcut.department' },
  { keys: ['E'], label: 'shortcut.fields' },
  { keys: ['/', 'S', 'F'], label: 'shortcut.search' },
  { keys: ['+', '−'], label: 'shortcut.zoom' },
  { keys: ['R'], label: 'shortcut.rotate' },
  { keys: ['B'], label: 'shortcut.bulk' },
  { keys: ['Esc'], label: 'shortcut.escape' },
  { keys: ['?'], label: 'shortcut.help' },
];

const BAR: MessageKey[] = ['shortcut.next', 'shortcut.previous', 'shortcut.release', 'shortcut.type', 'shortcut.department', 'shortcut.search', 'shortcut.help'];

export function ShortcutBar({ onHelp }: { onHelp(): void }) {
  const { t } = useI18n();
  return (
    <footer className="shortcut-bar" aria-label={t('shortcut.title')} data-testid="shortcut-bar">
      {SHORTCUTS.filter((s) => BAR.includes(s.label)).map((shortcut) => (
        <span key={shortcut.label} className="shortcut">
          {shortcut.keys.map((key) => <kbd key={key}>{key}</kbd>)} {t(shortcut.label)}
        </span>
      ))}
      <button type="button" className="button button-quiet button-small" onClick={onHelp}>{t('shortcut.all')}</button>
    </footer>
  );
}

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t('shortcut.title')} onClose={onClose} testId="shortcut-help">
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.label}>
              <th scope="row">{shortcut.keys.map((key) => <kbd key={key}>{key}</kbd>)}</th>
              <td>{t(shortcut.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
