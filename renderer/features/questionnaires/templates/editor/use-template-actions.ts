import { useTranslation } from 'react-i18next';
import type { QuestionnaireTemplate } from '../../../../../shared/domain/questionnaires/templates';
import { apiErrorOf } from '../../../../api/client';
import { notifyError, notifySuccess } from '../../../../forms/notify';
import { useNewTemplateVersion, useSetTemplateArchived } from '../template-queries';

/** Archiving and new versions of the open template; a new version opens at once in the editor. */
export function useTemplateActions(template: QuestionnaireTemplate | null, onOpen: (id: number) => void) {
  const { t } = useTranslation();
  const archive = useSetTemplateArchived();
  const version = useNewTemplateVersion();

  const setArchived = async (archived: boolean) => {
    if (!template) return;
    try {
      await archive.mutateAsync({ id: template.id, archived });
      notifySuccess(t(archived ? 'questionnaireTemplates:editor.archivedDone' : 'questionnaireTemplates:editor.unarchivedDone'));
    } catch (failure) {
      notifyError(t, apiErrorOf(failure));
    }
  };

  const newVersion = async () => {
    if (!template) return;
    try {
      const copy = await version.mutateAsync(template.id);
      notifySuccess(t('questionnaireTemplates:editor.versionCreated', { version: copy.version }));
      onOpen(copy.id);
    } catch (failure) {
      notifyError(t, apiErrorOf(failure));
    }
  };

  return { setArchived, newVersion, archiving: archive.isPending, versioning: version.isPending };
}
