import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain/roles';

interface RolesFieldProps {
  value?: Role[];
  onChange(value: Role[]): void;
  error?: React.ReactNode;
}

/** One checkbox per role, each saying what it gives access to; at least one is required. */
export function RolesField({ value = [], onChange, error }: RolesFieldProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('fields.roles')}
      description={t('users.rolesHint')}
      value={value}
      onChange={(roles) => onChange(ROLES.filter((role) => roles.includes(role)))}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} description={t(`roleDescriptions.${role}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
