import { useId } from 'react';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DimensionChange } from '../../../../shared/domain/questionnaires/analysis';
import { chartRows, place, sharedChangeAxis, type ChartRow } from './chart-geometry';
import { lessThanText, type StatFormat } from './stat-format';

/**
 * Drawn by hand in SVG (no chart library): per dimension, the mean before and after as bars on the
 * dimension's scale (left), and the mean change with its 95% confidence interval on an axis centred on 0
 * (right). An interval crossing 0 is the picture of "not a clear change". A group under 5 pairs is written
 * "< 5" instead of bars. A screen reader reads the image's title, then its description: one sentence per
 * dimension with the same figures (issue 21); the table below has them all.
 */
const WIDTH = 760;
const LABEL = { x: 8, width: 180 };
const MEANS = { x: 200, width: 290 };
const CHANGE = { x: 530, width: 210 };
const HEADER = 30;
const ROW = 64;
const AXIS = 26;
const BAR = 15;

const COLORS = {
  before: 'var(--mantine-color-gray-5)',
  after: 'var(--mantine-color-teal-6)',
  interval: 'var(--mantine-color-indigo-6)',
  grid: 'var(--mantine-color-default-border)',
  text: 'var(--mantine-color-text)',
  dimmed: 'var(--mantine-color-dimmed)',
};

/** Splits a label into lines of about `width` characters (SVG text does not wrap). */
function lines(text: string, width = 24): string[] {
  const result: string[] = [];
  for (const word of text.split(' ')) {
    const last = result[result.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  return result;
}

/** Ticks of a scale: every point of a short scale, else five. */
function scaleTicks(min: number, max: number): number[] {
  const span = max - min;
  const step = span <= 10 && Number.isInteger(min) && Number.isInteger(max) ? (span <= 5 ? 1 : 2) : span / 4;
  const ticks: number[] = [];
  for (let value = min; value <= max + 1e-9; value += step) ticks.push(value);
  return ticks;
}

export function DimensionChart({ dimensions, format }: { dimensions: readonly DimensionChange[]; format: StatFormat }) {
  const { t } = useTranslation();
  const summaryId = useId();
  const rows = chartRows(dimensions);
  if (rows.length === 0) return null;
  const sameScale = new Set(rows.map((row) => `${row.scale.min}:${row.scale.max}`)).size === 1;
  const shared = sharedChangeAxis(rows);
  const height = HEADER + rows.length * ROW + AXIS;
  const top = (index: number) => HEADER + index * ROW;
  const first = rows[0]!;

  return (
    <figure style={{ margin: 0 }} data-testid="dimension-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH, display: 'block' }} role="img" aria-labelledby="dimension-chart-title" aria-describedby={summaryId}>
        <title id="dimension-chart-title">{t('questionnaireResults:chart.title')}</title>
        <text x={MEANS.x} y={16} style={{ fill: COLORS.dimmed, fontSize: 12, fontWeight: 600 }}>
          {t('questionnaireResults:chart.means')}
        </text>
        <text x={CHANGE.x} y={16} style={{ fill: COLORS.dimmed, fontSize: 12, fontWeight: 600 }}>
          {t('questionnaireResults:chart.change')}
        </text>
        {/* Vertical grid of the means panel, and the zero line of the change panel. */}
        {sameScale &&
          scaleTicks(first.scale.min, first.scale.max).map((tick) => {
            const x = place(tick, first.scale.min, first.scale.max, MEANS.x, MEANS.width);
            return (
              <g key={`m${tick}`}>
                <line x1={x} x2={x} y1={HEADER - 4} y2={height - AXIS} style={{ stroke: COLORS.grid }} />
                <text x={x} y={height - AXIS + 16} textAnchor="middle" style={{ fill: COLORS.dimmed, fontSize: 11 }}>
                  {format.integer(tick)}
                </text>
              </g>
            );
          })}
        <line
          x1={CHANGE.x + CHANGE.width / 2}
          x2={CHANGE.x + CHANGE.width / 2}
          y1={HEADER - 4}
          y2={height - AXIS}
          style={{ stroke: COLORS.dimmed, strokeDasharray: '3 3' }}
        />
        {shared && <ChangeTicks extent={first.extent} y={height - AXIS + 16} format={format} />}
        {rows.map((row, index) => (
          <ChartRowView key={row.dimension} row={row} y={top(index)} label={t(`questionnaires:dimensions.${row.dimension}`)} format={format} withScale={!sameScale} withChangeTicks={!shared} />
        ))}
      </svg>
      {/* hidden: read only as the image's description, not a second time in the page's flow. */}
      <div id={summaryId} hidden data-testid="dimension-chart-summary">
        {rows.map((row) => (
          <p key={row.dimension}>{rowSummary(row, t(`questionnaires:dimensions.${row.dimension}`), format, t)}</p>
        ))}
      </div>
      <Group gap="lg" mt={6} component="figcaption">
        <Legend color={COLORS.before} label={t('questionnaireResults:chart.before')} />
        <Legend color={COLORS.after} label={t('questionnaireResults:chart.after')} />
        <Legend color={COLORS.interval} label={t('questionnaireResults:chart.interval')} line />
      </Group>
    </figure>
  );
}

/** One dimension of the chart in words, with the figures the bars show. */
function rowSummary(row: ChartRow, dimension: string, format: StatFormat, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (row.suppressedBelow !== null) return t('questionnaireResults:chart.rowSuppressed', { dimension, lessThan: lessThanText(row.suppressedBelow, format.language) });
  const none = t('questionnaireResults:chart.none');
  const figures = {
    dimension,
    before: row.before === null ? none : format.mean(row.before),
    after: row.after === null ? none : format.mean(row.after),
    change: row.change === null ? none : format.change(row.change),
  };
  return row.interval
    ? t('questionnaireResults:chart.rowSummaryInterval', { ...figures, lower: format.change(row.interval.lower), upper: format.change(row.interval.upper) })
    : t('questionnaireResults:chart.rowSummary', figures);
}

function ChangeTicks({ extent, y, format }: { extent: number; y: number; format: StatFormat }) {
  return (
    <>
      {[-extent, 0, extent].map((tick) => (
        <text key={tick} x={place(tick, -extent, extent, CHANGE.x, CHANGE.width)} y={y} textAnchor="middle" style={{ fill: COLORS.dimmed, fontSize: 11 }}>
          {format.tick(tick)}
        </text>
      ))}
    </>
  );
}

interface RowProps {
  row: ChartRow;
  y: number;
  label: string;
  format: StatFormat;
  withScale: boolean;
  withChangeTicks: boolean;
}

function ChartRowView({ row, y, label, format, withScale, withChangeTicks }: RowProps) {
  const labelLines = lines(label);
  const middle = y + ROW / 2;
  const { min, max } = row.scale;
  const meanBar = (value: number | null, offset: number, color: string, name: string) =>
    value === null ? (
      <text x={MEANS.x + 4} y={offset + BAR - 3} style={{ fill: COLORS.dimmed, fontSize: 12 }}>
        —
      </text>
    ) : (
      <g data-bar={name}>
        <rect x={MEANS.x} y={offset} width={Math.max(1, place(value, min, max, MEANS.x, MEANS.width) - MEANS.x)} height={BAR} rx={2} style={{ fill: color }} />
        <text x={place(value, min, max, MEANS.x, MEANS.width) + 4} y={offset + BAR - 3} style={{ fill: COLORS.text, fontSize: 12 }}>
          {format.mean(value)}
        </text>
      </g>
    );

  return (
    <g data-row={row.dimension}>
      <text x={LABEL.x} y={middle - ((labelLines.length - 1) * 15) / 2 + 4} style={{ fill: COLORS.text, fontSize: 13, fontWeight: 600 }}>
        {labelLines.map((text, index) => (
          <tspan key={index} x={LABEL.x} dy={index === 0 ? 0 : 15}>
            {text}
          </tspan>
        ))}
      </text>
      {row.suppressedBelow !== null ? (
        <>
          <text x={MEANS.x + 4} y={middle + 5} style={{ fill: COLORS.dimmed, fontSize: 14 }} data-suppressed="means">
            {lessThanText(row.suppressedBelow, format.language)}
          </text>
          <text x={CHANGE.x + CHANGE.width / 2 + 8} y={middle + 5} style={{ fill: COLORS.dimmed, fontSize: 14 }} data-suppressed="change">
            {lessThanText(row.suppressedBelow, format.language)}
          </text>
        </>
      ) : (
        <>
          {meanBar(row.before, middle - BAR - 2, COLORS.before, 'before')}
          {meanBar(row.after, middle + 2, COLORS.after, 'after')}
          {withScale && (
            <text x={MEANS.x} y={middle + BAR + 16} style={{ fill: COLORS.dimmed, fontSize: 10 }}>
              {`${format.integer(min)}–${format.integer(max)}`}
            </text>
          )}
          <ChangeMark row={row} middle={middle} format={format} />
        </>
      )}
      {withChangeTicks && <ChangeTicks extent={row.extent} y={middle + BAR + 16} format={format} />}
    </g>
  );
}

function ChangeMark({ row, middle, format }: { row: ChartRow; middle: number; format: StatFormat }) {
  if (row.change === null) {
    return (
      <text x={CHANGE.x + CHANGE.width / 2 + 8} y={middle + 5} style={{ fill: COLORS.dimmed, fontSize: 12 }}>
        —
      </text>
    );
  }
  const at = (value: number) => place(value, -row.extent, row.extent, CHANGE.x, CHANGE.width);
  const x = at(row.change);
  return (
    <g data-change={row.change}>
      {row.interval && (
        <g style={{ stroke: COLORS.interval, strokeWidth: 2 }}>
          <line x1={at(row.interval.lower)} x2={at(row.interval.upper)} y1={middle} y2={middle} />
          <line x1={at(row.interval.lower)} x2={at(row.interval.lower)} y1={middle - 6} y2={middle + 6} />
          <line x1={at(row.interval.upper)} x2={at(row.interval.upper)} y1={middle - 6} y2={middle + 6} />
        </g>
      )}
      <circle cx={x} cy={middle} r={5} style={{ fill: COLORS.interval }} />
      <text x={x} y={middle - 11} textAnchor="middle" style={{ fill: COLORS.text, fontSize: 12, fontWeight: 600 }}>
        {format.change(row.change)}
      </text>
    </g>
  );
}

function Legend({ color, label, line = false }: { color: string; label: string; line?: boolean }) {
  return (
    <Group gap={6}>
      <svg width={18} height={12} aria-hidden="true">
        {line ? <line x1={1} x2={17} y1={6} y2={6} style={{ stroke: color, strokeWidth: 2 }} /> : <rect width={18} height={12} rx={2} style={{ fill: color }} />}
      </svg>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
