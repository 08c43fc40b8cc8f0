import { Stack } from '@mantine/core';
import { RetentionSection } from './retention/RetentionSection';
import { ProcessingRegisterSection } from './processing-register/ProcessingRegisterSection';
import { NoticeLanguagesSection } from './information-notice/NoticeLanguagesSection';

/**
 * Settings → Protection des données (issue 20): what each role does about people's rights. Each section shows
 * itself only to the roles whose channels it calls (the server checks them again).
 */
export function PrivacyTab() {
  return (
    <Stack gap="lg" maw={1120}>
      <RetentionSection />
      <NoticeLanguagesSection />
      <ProcessingRegisterSection />
    </Stack>
  );
}
