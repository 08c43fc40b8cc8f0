import { Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { passwordToggleProps } from '../../../auth/password-toggle';
import { temporaryPassword } from './temporary-password';
import { PasswordField } from '../../../components/PasswordField';

interface TemporaryPasswordInputProps {
  label: string;
  value?: string;
  onChange(value: string): void;
  error?: React.ReactNode;
  onBlur?(): void;
}

/** The password an admin hands over; "generate" fills in a random one and shows it so it can be copied. */
export function TemporaryPasswordInput({ label, value = '', onChange, error, onBlur }: TemporaryPasswordInputProps) {
  const { t } = useTranslation();
  const [visible, visibility] = useDisclosure(false);
  return (
    <PasswordField
      label={label}
      description={
        <>
          {t('users.temporaryPasswordHint')}{' '}
          <Anchor
            component="button"
            type="button"
            fz="inherit"
            onClick={() => {
              onChange(temporaryPassword());
              visibility.open();
            }}
          >
            {t('users.generatePassword')}
          </Anchor>
        </>
      }
      autoComplete="new-password"
      visible={visible}
      onVisibilityChange={visibility.toggle}
      visibilityToggleButtonProps={passwordToggleProps(t)}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
    />
  );
}
