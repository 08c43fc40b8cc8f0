import { Navigate, Route, Routes } from 'react-router';
import { SECTIONS, type SectionId } from '../../shared/domain/sections';
import { SECTION_PAGES, SECTION_SUBPAGES } from './section-pages';
import { NotAvailablePage } from './NotAvailablePage';

/**
 * `/<section id>` for every section; a section this user's roles (or this install's modules) do not include
 * shows "not available" rather than a blank page. `/` opens the first section the user has.
 */
export function SectionRoutes({ sections }: { sections: readonly SectionId[] }) {
  const home = `/${sections[0] ?? 'settings'}`;
  return (
    <Routes>
      <Route index element={<Navigate to={home} replace />} />
      {SECTIONS.map(({ id }) => {
        const Page = SECTION_PAGES[id];
        const element = sections.includes(id) ? <Page /> : <NotAvailablePage kind="section" home={home} />;
        return <Route key={id} path={id === 'settings' ? `${id}/:tab?` : id} element={element} />;
      })}
      {SECTION_SUBPAGES.map(({ section, path, page: Page, openWith }) => (
        <Route
          key={`${section}/${path}`}
          path={`${section}/${path}`}
          element={openWith.some((id) => sections.includes(id)) ? <Page /> : <NotAvailablePage kind="section" home={home} />}
        />
      ))}
      <Route path="*" element={<NotAvailablePage kind="unknown" home={home} />} />
    </Routes>
  );
}
