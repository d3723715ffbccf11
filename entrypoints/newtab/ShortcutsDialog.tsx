// The new tab's ? dialog, loaded the first time it opens.
import { ShortcutHelp } from '@/components/ShortcutHelp';
import { KEYS } from '@/lib/newtab/shortcuts';
import { shortcutList } from '@/lib/newtab/shortcut-list';

const SHORTCUTS = shortcutList(KEYS);

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return <ShortcutHelp open={open} shortcuts={SHORTCUTS} onClose={onClose} />;
}
