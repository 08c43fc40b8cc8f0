import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiResult } from '../../../../shared/api/result';
import type { QuestionnaireTemplate } from '../../../../shared/domain/questionnaires/templates';
import { questionnaireKeys } from '../queries';
import type { TemplateInput } from './model/template-form';

const templateListKey = (includeArchived: boolean) => ['questionnaires', 'templates', { includeArchived }] as const;

export function useTemplateList(includeArchived: boolean) {
  return useQuery({
    queryKey: templateListKey(includeArchived),
    queryFn: async () => unwrap(await api.questionnaires.templates({ includeArchived })),
  });
}

/**
 * A change to a template shows in the list, in its own sheet, and wherever administrations name it (entry,
 * calendar): everything under ['questionnaires'] is refreshed. The saved template is put in the cache at once
 * so the editor reopens on it without a flash of the old one.
 */
function useTemplateMutation<Input>(send: (input: Input) => Promise<ApiResult<QuestionnaireTemplate>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(await send(input)),
    onSuccess: async (template) => {
      queryClient.setQueryData(questionnaireKeys.template(template.id), template);
      await queryClient.invalidateQueries({ queryKey: questionnaireKeys.all });
    },
  });
}

/** Creates, or updates when an id is given. */
export function useSaveTemplate() {
  return useTemplateMutation(async ({ id, ...input }: TemplateInput & { id?: number }) =>
    id === undefined ? api.questionnaires.createTemplate(input) : api.questionnaires.updateTemplate({ ...input, id }),
  );
}

/** A copy numbered version + 1; the server archives the source. */
export function useNewTemplateVersion() {
  return useTemplateMutation(async (id: number) => api.questionnaires.newTemplateVersion({ id }));
}

export function useSetTemplateArchived() {
  return useTemplateMutation(async (input: { id: number; archived: boolean }) => api.questionnaires.setTemplateArchived(input));
}
