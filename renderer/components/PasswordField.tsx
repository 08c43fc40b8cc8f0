import { forwardRef, useId } from 'react';
import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * Mantine's PasswordInput, with its field tied to its error as every other input is: Mantine wraps the field in
 * a div and leaves out `aria-invalid` and `aria-describedby`, so a screen reader never hears that a password is
 * wrong, nor why. Use it for every password field.
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordField({ id, error, description, ...props }, ref) {
  const generated = useId();
  const fieldId = id ?? `password-${generated}`;
  // Mantine names the error and description `${id}-error` / `${id}-description` when given the id.
  const describedBy = [
    description ? `${fieldId}-description` : null,
    error && typeof error !== 'boolean' ? `${fieldId}-error` : null,
    props['aria-describedby'] ?? null,
  ].filter(Boolean);
  return (
    <PasswordInput
      ref={ref}
      id={fieldId}
      error={error}
      description={description}
      {...props}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy.length ? describedBy.join(' ') : undefined}
    />
  );
});
