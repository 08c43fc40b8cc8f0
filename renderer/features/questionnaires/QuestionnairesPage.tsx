import { Tabs } from '@mantine/core';
import { IconChartBar, IconClipboardList, IconKeyboard, IconListDetails } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../shell/session-context';
import { EntryTab } from './entry/EntryTab';
import { ResultsTab } from './results/ResultsTab';
import { TemplatesTab } from './templates/TemplatesTab';
import { questionnaireTabOf, questionnaireTabsFor, type QuestionnaireTab } from './questionnaires-tabs';

const TAB_ICONS = { entry: IconKeyboard, results: IconChartBar, templates: IconListDetails } as const;

/**
 * Questionnaires: entry of paper forms (everyone with access), results and templates (coordinators). Only the
 * open tab is mounted: each keeps its state in the address (`tab`, `event`, `administration`…).
 */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const tabs = questionnaireTabsFor(user.roles);
  const tab = questionnaireTabOf(params.get('tab'), tabs);

  const open = (next: QuestionnaireTab) => setParams(next === tabs[0] ? {} : { tab: next });

  return (
    <>
      <PageHeader title={t('sections.questionnaires.title')} description={t(`questionnaires:tabDescriptions.${tab}`)} icon={<IconClipboardList size={26} />} />
      {tabs.length > 1 ? (
        <Tabs value={tab} onChange={(value) => open(questionnaireTabOf(value, tabs))} keepMounted={false}>
          <Tabs.List mb="lg">
            {tabs.map((value) => {
              const Icon = TAB_ICONS[value];
              return (
                <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} stroke={1.7} aria-hidden="true" />}>
                  {t(`questionnaires:tabs.${value}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Tabs.Panel value="entry">
            <EntryTab />
          </Tabs.Panel>
          <Tabs.Panel value="results">
            <ResultsTab />
          </Tabs.Panel>
          <Tabs.Panel value="templates">
            <TemplatesTab />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <EntryTab />
      )}
    </>
  );
}
