import { Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorFigure } from '../../../../shared/domain/indicators/indicators';
import type { ResolvedPeriod } from '../../../../shared/domain/indicators/period';
import type { PublishedCount } from '../../../../shared/domain/questionnaires/analysis';
import { documentLanguage } from '../../../i18n/language';
import { lessThanText } from '../../questionnaires';
import { periodName } from '../period-model';
import { useOpenFigure } from '../rows/figure-context';
import classes from './FigureValue.module.css';

interface FigureValueProps {
  text: string;
  /** The list behind the number; none: a number without a list (weeks, a mean). */
  figure?: IndicatorFigure | null;
  period: ResolvedPeriod;
  /** What the number counts, for the drawer's title and the button's name. */
  label: string;
  size?: 'xs' | 'sm' | 'xl';
}

/** A number of the dashboard; when a list stands behind it, a button that opens that list in the drawer. */
export function FigureValue({ text, figure, period, label, size = 'sm' }: FigureValueProps) {
  const { t, i18n } = useTranslation();
  const open = useOpenFigure();
  const body = (
    <Text component="span" fz={size} fw={size === 'xl' ? 700 : 500} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </Text>
  );
  if (!figure) return body;
  const name = periodName(period, documentLanguage(i18n.language));
  return (
    <UnstyledButton
      className={classes.figure}
      onClick={() => open({ figure, period, label })}
      aria-label={t('indicators:showList', { label, period: name })}
      data-figure={figureKey(figure)}
      data-period={name}
    >
      {body}
    </UnstyledButton>
  );
}

/** A stable name of a figure for tests and styles ("activities-held-workshop", "schools"). */
export function figureKey(figure: IndicatorFigure): string {
  switch (figure.kind) {
    case 'activities':
      return ['activities', figure.status, figure.type ?? 'all'].join('-');
    case 'schools':
      return figure.neighbourhood === null ? 'schools' : `schools-${figure.neighbourhood}`;
    default:
      return figure.kind;
  }
}

/** A count as published: the number, or "< 5" with why it is hidden (as the questionnaire results show it). */
export function CountText({ count }: { count: PublishedCount }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  if ('value' in count) return <>{new Intl.NumberFormat(language === 'fr' ? 'fr-BE' : 'en-GB').format(count.value)}</>;
  return (
    <Tooltip label={t('indicators:questionnaires.suppressed', { minimum: count.lessThan })} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Text component="span" size="sm" c="dimmed" tabIndex={0} data-stat="suppressed" style={{ cursor: 'help' }}>
        {lessThanText(count.lessThan, language)}
      </Text>
    </Tooltip>
  );
}
