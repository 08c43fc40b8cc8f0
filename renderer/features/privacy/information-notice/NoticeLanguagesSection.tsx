import { Badge, Button, Card, Checkbox, Group, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  DPO_CONTACT_MAX_LENGTH,
  NOTICE_LANGUAGES,
  NOTICE_TEXT_REVIEWED,
  OPTIONAL_NOTICE_LANGUAGES,
  type NoticeLanguage,
  type NoticeLanguageSettings,
  type OptionalNoticeLanguage,
} from '../../../../shared/domain/privacy/information-notice';
import { apiErrorOf } from '../../../api/client';
import { useFormDirty } from '../../../components/discard';
import { QueryFailure } from '../../../components/QueryFailure';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { useSession } from '../../../shell/session-context';
import { PrintNoticeMenu } from './InformationNoticeBlock';
import { useNoticeLanguages, useNoticeSettings, useSaveNoticeLanguages, useSaveNoticeSettings } from './queries';

function isOptional(language: NoticeLanguage): language is OptionalNoticeLanguage {
  return (OPTIONAL_NOTICE_LANGUAGES as readonly string[]).includes(language);
}

/** Every shipped language: French, English and Arabic always offered; the others a checkbox. */
function LanguagesForm({ initial }: { initial: NoticeLanguageSettings }) {
  const { t } = useTranslation();
  const save = useSaveNoticeLanguages();
  const form = useForm<{ extras: OptionalNoticeLanguage[] }>({ initialValues: { extras: initial.extras } });
  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      form.setInitialValues({ extras: saved.extras });
      form.setValues({ extras: saved.extras });
      notifySuccess(t('informationNotice:languagesSaved'));
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Title order={3} fz="md" component="legend" mb={4}>
          {t('informationNotice:languagesTitle')}
        </Title>
        {NOTICE_LANGUAGES.map((language) => {
          const optional = isOptional(language);
          return (
            <Group key={language} gap="xs">
              <Checkbox
                label={t(`informationNotice:languageChoices.${language}`)}
                description={optional ? undefined : t('informationNotice:alwaysOffered')}
                checked={optional ? form.values.extras.includes(language) : true}
                disabled={!optional}
                onChange={(event) => {
                  if (!optional) return;
                  const checked = event.currentTarget.checked;
                  form.setFieldValue('extras', checked ? [...form.values.extras, language] : form.values.extras.filter((code) => code !== language));
                }}
              />
              {!NOTICE_TEXT_REVIEWED[language] && (
                <Badge size="sm" variant="light" color="orange">
                  {t('informationNotice:toReview')}
                </Badge>
              )}
            </Group>
          );
        })}
        {form.errors.extras && (
          <Text size="sm" c="red">
            {form.errors.extras}
          </Text>
        )}
        <Text size="xs" c="dimmed" maw={640}>
          {t('informationNotice:reviewNote')}
        </Text>
        <Group>
          <Button type="submit" size="sm" loading={save.isPending} disabled={!form.isDirty()} leftSection={<IconDeviceFloppy size={16} />}>
            {t('informationNotice:saveLanguages')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DpoForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const save = useSaveNoticeSettings();
  const form = useForm<{ dpoContact: string }>({ initialValues: { dpoContact: initial } });
  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      form.setInitialValues(saved);
      form.setValues(saved);
      notifySuccess(t('informationNotice:dpoSaved'));
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('informationNotice:dpoLabel')}
          description={t('informationNotice:dpoDescription')}
          placeholder={t('informationNotice:dpoPlaceholder')}
          autosize
          minRows={3}
          maxRows={6}
          maw={560}
          maxLength={DPO_CONTACT_MAX_LENGTH}
          {...form.getInputProps('dpoContact')}
        />
        {initial.trim() === '' && !form.isDirty() && (
          <Text size="xs" c="orange">
            {t('informationNotice:dpoEmpty')}
          </Text>
        )}
        <Group>
          <Button type="submit" size="sm" loading={save.isPending} disabled={!form.isDirty()} leftSection={<IconDeviceFloppy size={16} />}>
            {t('informationNotice:saveDpo')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Settings → Protection des données → « Notice d'information » (issue 20): the languages offered (housing staff)
 * and the data protection officer's contact printed on the notice (housing staff and administrators).
 */
export function NoticeLanguagesSection() {
  const { t } = useTranslation();
  const { user, settings: app } = useSession();
  const isHousing = user.roles.includes('housing') && app.modules.includes('housing');
  const isAdmin = user.roles.includes('admin') && app.modules.includes('housing');
  const languages = useNoticeLanguages(isHousing);
  const settings = useNoticeSettings(isHousing || isAdmin);
  if (!isHousing && !isAdmin) return null;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="notice-settings-title">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={2} fz="lg" id="notice-settings-title">
            {t('informationNotice:sectionTitle')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('informationNotice:sectionDescription')}
          </Text>
        </Stack>
        {isHousing && <PrintNoticeMenu size="sm" />}
      </Group>
      <Stack gap="lg">
        {isHousing && (
          <>
            {languages.isPending && <Skeleton height={160} radius="md" />}
            {languages.isError && <QueryFailure error={languages.error} onRetry={() => void languages.refetch()} />}
            {languages.isSuccess && <LanguagesForm key={languages.data.extras.join()} initial={languages.data} />}
          </>
        )}
        {settings.isPending && <Skeleton height={120} radius="md" />}
        {settings.isError && <QueryFailure error={settings.error} onRetry={() => void settings.refetch()} />}
        {settings.isSuccess && <DpoForm key={settings.data.dpoContact} initial={settings.data.dpoContact} />}
      </Stack>
    </Card>
  );
}
