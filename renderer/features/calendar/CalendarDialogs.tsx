import type { SchoolEvent } from '../../../shared/domain/calendar/events';
import { CancelEventModal } from './actions/CancelEventModal';
import { DeleteEventDialog } from './actions/DeleteEventDialog';
import { MoveEventModal } from './actions/MoveEventModal';
import { EventDetailDrawer } from './detail/EventDetailDrawer';
import { EventFormModal } from './form/EventFormModal';
import { HolidaysModal } from './holidays/HolidaysModal';
import type { CalendarDialog } from './dialog-state';

interface CalendarDialogsProps {
  dialog: CalendarDialog | null;
  /** The events on screen: the detail shows the freshest copy after a change. */
  events: readonly SchoolEvent[];
  canEdit: boolean;
  onDialog(dialog: CalendarDialog | null): void;
}

/** The open dialog. Actions started from an event's sheet come back to that sheet when closed. */
export function CalendarDialogs({ dialog, events, canEdit, onDialog }: CalendarDialogsProps) {
  if (!dialog) return null;
  const close = () => onDialog(null);
  if (dialog.kind === 'holidays') return <HolidaysModal onClose={close} />;
  if (dialog.kind === 'create') return <EventFormModal existing={null} slot={dialog.slot} schoolId={dialog.schoolId} onDone={close} onClose={close} />;

  const event = events.find((item) => item.id === dialog.event.id) ?? dialog.event;
  const backToDetail = (latest: SchoolEvent = event) => onDialog({ kind: 'detail', event: latest });
  switch (dialog.kind) {
    case 'detail':
      return <EventDetailDrawer event={event} canEdit={canEdit} onAction={(kind) => onDialog({ kind, event })} onClose={close} />;
    case 'edit':
      return <EventFormModal existing={event} onDone={backToDetail} onClose={() => backToDetail()} />;
    case 'move':
      return <MoveEventModal event={event} onDone={(saved) => backToDetail(saved)} onClose={() => backToDetail()} />;
    case 'cancel':
      return <CancelEventModal event={event} onDone={() => backToDetail()} onClose={() => backToDetail()} />;
    case 'delete':
      return <DeleteEventDialog event={event} onDone={close} onClose={() => backToDetail()} />;
  }
}
