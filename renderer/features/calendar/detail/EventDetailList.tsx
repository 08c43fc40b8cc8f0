import { Badge, Group, Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { currentLanguage } from '../../../i18n';
import { eventWhen } from '../model/event-text';
import { DetailRow } from '../../../components/DetailRow';
import { SchoolLink } from '../../directory';

function attendance(t: TFunction, pupils: number | null, teachers: number | null): string {
  if (pupils === null && teachers === null) return t('calendar:event.notSet');
  return t('calendar:event.attendance', { pupils: pupils ?? '–', teachers: teachers ?? '–' });
}

/** Every field of an event, read-only: what, when, where, who, attendance. */
export function EventDetailList({ event }: { event: SchoolEvent }) {
  const { t } = useTranslation();
  const none = t('calendar:event.none');
  return (
    <Stack component="dl" gap="sm" m={0}>
      <DetailRow term={t('calendar:event.when')}>{eventWhen(event, currentLanguage())}</DetailRow>
      <DetailRow term={t('calendar:event.where')}>{event.location || t('calendar:event.notSet')}</DetailRow>
      <DetailRow term={t('calendar:event.school')}>
        <SchoolLink schoolId={event.schoolId}>{event.schoolName}</SchoolLink>
      </DetailRow>
      <DetailRow term={t('calendar:event.classes')}>
        {event.classes.length
          ? event.classes.map((item) => `${item.name} (${t('calendar:event.pupilsInClass', { count: item.pupilCount })})`).join(', ')
          : none}
      </DetailRow>
      <DetailRow term={t('calendar:event.partners')}>{event.partners.map((partner) => partner.name).join(', ') || none}</DetailRow>
      <DetailRow term={t('calendar:event.facilitator')}>{event.facilitatorName ?? none}</DetailRow>
      <DetailRow term={t('calendar:event.themes')}>
        {event.themes.length ? (
          <Group gap={6} component="span">
            {event.themes.map((theme) => (
              <Badge key={theme} variant="outline" color="gray" size="sm">
                {t(`calendar:themes.${theme}`)}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        )}
      </DetailRow>
      <DetailRow term={t('calendar:event.expected')}>{attendance(t, event.pupilsExpected, event.teachersExpected)}</DetailRow>
      {event.status === 'held' && (
        <DetailRow term={t('calendar:event.present')}>{attendance(t, event.pupilsPresent, event.teachersPresent)}</DetailRow>
      )}
      {event.status === 'cancelled' && <DetailRow term={t('calendar:event.cancelReason')}>{event.cancelReason}</DetailRow>}
      {event.notes && (
        <DetailRow term={t('calendar:event.notes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{event.notes}</span>
        </DetailRow>
      )}
    </Stack>
  );
}
