import { useEffect, useState } from 'react';
import { Badge, Tabs } from '@mantine/core';
import { IconAddressBook, IconChecklist, IconList } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { RegistrationFormModal } from './form/RegistrationFormModal';
import { urgentCount } from './model/registration-list';
import { useRegistrationTasks } from './queries';
import { RegistrationsList } from './RegistrationsList';
import { RegistrationDrawer } from './sheet/RegistrationDrawer';
import { TasksPanel } from './TasksPanel';

type Tab = 'list' | 'tasks';
type Dialog = { kind: 'create' } | { kind: 'detail'; id: number };

/** `?registration=12` opens that registration's sheet (a link from elsewhere, e.g. a task on the home screen). */
function linkedRegistration(value: string | null): Dialog | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? { kind: 'detail', id } : null;
}

/**
 * Address registrations (housing staff): reference addresses, inscriptions provisoires and temporary addresses,
 * each by its person's code, with the Belgian deadlines as tasks ("À faire", overdue first). Both tabs open the
 * same sheet; hidden tabs stay mounted, so the list keeps its search and filters.
 */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tab: Tab = params.get('tab') === 'tasks' ? 'tasks' : 'list';
  const tasks = useRegistrationTasks();
  const urgent = tasks.data ? urgentCount(tasks.data) : 0;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const linked = params.get('registration');
  useEffect(() => {
    // On arrival and when a link is followed while the page is already open.
    const target = linkedRegistration(linked);
    if (target) setDialog(target);
  }, [linked]);
  const open = (id: number) => setDialog({ kind: 'detail', id });
  const close = () => {
    setDialog(null);
    // The link has been followed: closing the sheet leaves an address that does not open it again.
    if (params.has('registration')) navigate({ pathname: '/registrations', search: tab === 'tasks' ? '?tab=tasks' : '' }, { replace: true });
  };
  return (
    <>
      <PageHeader title={t('sections.registrations.title')} description={t('sections.registrations.description')} icon={<IconAddressBook size={26} stroke={1.6} />} />
      <Tabs value={tab} onChange={(value) => navigate({ pathname: '/registrations', search: value === 'tasks' ? '?tab=tasks' : '' })}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="list" leftSection={<IconList size={16} stroke={1.7} aria-hidden="true" />}>
            {t('registrations:tabs.list')}
          </Tabs.Tab>
          <Tabs.Tab
            value="tasks"
            leftSection={<IconChecklist size={16} stroke={1.7} aria-hidden="true" />}
            rightSection={
              urgent > 0 ? (
                <Badge size="sm" circle color="red">
                  {urgent}
                </Badge>
              ) : undefined
            }
          >
            {t('registrations:tabs.tasks')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <RegistrationsList onOpen={open} onCreate={() => setDialog({ kind: 'create' })} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <TasksPanel onOpen={open} />
        </Tabs.Panel>
      </Tabs>
      {dialog?.kind === 'create' && <RegistrationFormModal onClose={close} onSaved={(saved) => open(saved.id)} />}
      {dialog?.kind === 'detail' && <RegistrationDrawer registrationId={dialog.id} onClose={close} />}
    </>
  );
}
