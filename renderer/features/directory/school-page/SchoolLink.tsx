import type { ReactNode } from 'react';
import { ActionIcon, Anchor, Tooltip, type AnchorProps } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { schoolLocation } from '../links';

interface SchoolLinkProps extends Pick<AnchorProps, 'size' | 'fw' | 'c'> {
  /** Null for a borrower that is not a school of the directory: the name is then plain text. */
  schoolId: number | null;
  children: ReactNode;
}

/** A school's name wherever it is shown: a click opens the school's page (issue 17, "one place per school"). */
export function SchoolLink({ schoolId, children, size = 'sm', ...props }: SchoolLinkProps) {
  if (schoolId === null) return <>{children}</>;
  return (
    <Anchor component={Link} to={schoolLocation(schoolId)} size={size} {...props}>
      {children}
    </Anchor>
  );
}

/**
 * The same place as a small icon beside a name that already does something else when clicked (the loans
 * table's borrower opens the loan).
 */
export function SchoolPageButton({ schoolId, name }: { schoolId: number; name: string }) {
  const { t } = useTranslation();
  const label = t('directory.schoolPage.open', { name });
  return (
    <Tooltip label={label} withinPortal>
      <ActionIcon component={Link} to={schoolLocation(schoolId)} variant="subtle" color="gray" size="sm" aria-label={label}>
        <IconSchool size={16} stroke={1.7} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  );
}
