import type { ReactNode } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { calculatorPages, type FieldHelp } from './calculator-fields.ts';
import type { CalculatorName } from './rules.api.ts';

/** One calculator's tab: its title and legal basis above the form, the answer beside it (below on a phone). */
export function CalcShell({ name, form, result, wide }: { name: CalculatorName; form: ReactNode; result: ReactNode; wide?: boolean }) {
  const page = calculatorPages[name];
  return (
    <Row gutter={16}>
      <Col xs={24} xl={wide ? 12 : 10}>
        <Card title={page.title} className="section-card">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="calc-intro">
            {page.intro}
          </Typography.Paragraph>
          {form}
        </Card>
      </Col>
      <Col xs={24} xl={wide ? 12 : 14}>
        {result}
      </Col>
    </Row>
  );
}

/** A field's label and its explanation (what it is, its unit, its article), for a Form.Item. */
export function fieldOf<N extends CalculatorName>(name: N, key: keyof (typeof calculatorPages)[N]['fields']) {
  const f = (calculatorPages[name].fields as Record<PropertyKey, FieldHelp>)[key];
  return { label: f.label, extra: f.help };
}

export const day = (d: Dayjs) => d.format('YYYY-MM-DD');
export const optionalDay = (d: Dayjs | null | undefined) => (d ? day(d) : undefined);
export const pickRule = (what: string) => ({ required: true, message: `请选择${what}` });
export const fillRule = (what: string) => ({ required: true, whitespace: true, message: `请填写${what}` });
