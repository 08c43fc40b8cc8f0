import { useId } from 'react';
import { Box, Group, Loader, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { PAGE_SIZES, pageCount, rangeOf } from './list-state';
import classes from './DataTable.module.css';

interface TablePagerProps {
  /** What is paged, to name the page navigation ("Pages : Écoles"). */
  caption: string;
  page: number;
  pageSize: number;
  total: number;
  /** The next page is loading (the current rows stay visible meanwhile). */
  loading: boolean;
  onPage(page: number): void;
  onPageSize(pageSize: number): void;
}

/** "1–50 sur 1 234", the page size, and the page buttons. */
export function TablePager({ caption, page, pageSize, total, loading, onPage, onPageSize }: TablePagerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { from, to } = rangeOf(page, pageSize, total);
  const pages = pageCount(total, pageSize);
  const sizeId = useId();
  return (
    <Group justify="space-between" gap="md" px="md" py="sm" wrap="wrap" className={classes.footer}>
      <Group gap="md" wrap="nowrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('dataTable.range', { from: format.number(from), to: format.number(to), total: format.number(total) })}
        </Text>
        {loading && <Loader size={14} aria-label={t('dataTable.loading')} />}
      </Group>
      <Group gap="lg" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed" component="label" htmlFor={sizeId}>
            {t('dataTable.pageSize')}
          </Text>
          <Select
            id={sizeId}
            size="xs"
            w={76}
            allowDeselect={false}
            value={String(pageSize)}
            onChange={(value) => value && onPageSize(Number(value))}
            data={PAGE_SIZES.map(String)}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <Box component="nav" aria-label={t('dataTable.pages', { caption })}>
          <Pagination
            size="sm"
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPage}
            withEdges={pages > 5}
            getItemProps={(item) => ({ 'aria-label': t('dataTable.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`dataTable.controls.${control}`) })}
          />
        </Box>
      </Group>
    </Group>
  );
}
