// The options page's sync switch and what the last round said.
import type { Session } from '../ui/session';
import { useLive } from '../ui/use-live';
import type { SyncProps } from '../../components/SyncSection';

export function useSync(session: Session | undefined): SyncProps {
  const row = useLive(session, (s) => s.data.sync.peek(), []);
  return {
    on: row?.on ?? false,
    report: row?.report,
    disabled: !session,
    onToggle: (on) => void session?.data.sync.row().then(() => session.data.sync.setOn(on)),
  };
}
