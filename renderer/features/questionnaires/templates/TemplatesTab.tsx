import { useSearchParams } from 'react-router';
import { TemplateEditor } from './editor/TemplateEditor';
import { TemplateList } from './list/TemplateList';

/** `template=new` or `template=<id>` in the address opens the designer; without it, the list. */
function openedTemplate(value: string | null): number | 'new' | null {
  if (value === 'new') return 'new';
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The "Modèles" tab (coordinators): the questionnaires and their designer. What is open lives in the
 * address, so a reload or the browser's back button lands on the same questionnaire.
 */
export function TemplatesTab() {
  const [params, setParams] = useSearchParams();
  const opened = openedTemplate(params.get('template'));

  const open = (value: number | 'new' | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete('template');
    else next.set('template', String(value));
    setParams(next);
  };

  return opened === null ? (
    <TemplateList onOpen={open} />
  ) : (
    <TemplateEditor id={opened === 'new' ? null : opened} onClose={() => open(null)} onOpen={open} />
  );
}
