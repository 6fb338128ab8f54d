import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { client, unwrap } from '../../api.ts';
import { isAfterToday } from '../../lib/dates.ts';
import { formatMoney, moneyRule, parseTypedMoney } from '../../lib/money.ts';
import { nominalPeriodEnd } from '../../../../src/rules/period.ts';
import { APPLICATION_PERIOD_YEARS } from '../../../../src/rules/application-period.ts';
import { caseTypeNames, caseTypes, issuerTypeNames, issuerTypes } from '../../../../src/shared/vocabulary.ts';
import type { LocalDate } from '../../../../src/shared/dates.ts';
import type { Me } from '../access/access.api.ts';
import { useOfficers } from './cases.api.ts';
import { deadlineRules, filedOnRules, type FilingValues } from './filing-form.ts';
import { ObligationListField } from './ObligationListField.tsx';

const typeOptions = caseTypes.map((value) => ({ value, label: caseTypeNames[value] }));
const issuerOptions = issuerTypes.map((value) => ({ value, label: issuerTypeNames[value] }));
const day = (d: Dayjs) => d.format('YYYY-MM-DD') as LocalDate;

/** The courts the user may file in: their own, and for a higher court's staff the courts below, found by name or code. */
function CourtPicker({ me, value, onChange }: { me: Me; value?: string; onChange?: (v: string) => void }) {
  const [q, setQ] = useState('');
  const wide = me.scope === 'subtree';
  const found = useQuery({
    queryKey: ['courts', 'filing', q],
    queryFn: () => unwrap(client.GET('/api/v1/courts', { params: { query: { q, limit: 20 } } })),
    enabled: wide && q.trim().length > 0,
  });
  const options = [
    { value: me.court.code, label: `${me.court.name}（${me.court.code}）` },
    ...(found.data?.items ?? []).filter((c) => c.code !== me.court.code).map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` })),
  ];
  return (
    <Select
      value={value}
      onChange={onChange}
      showSearch={wide}
      filterOption={false}
      onSearch={setQ}
      options={options}
      notFoundContent={found.isFetching ? '正在查找…' : '输入法院名称或代字'}
      placeholder="选择执行法院"
    />
  );
}

export function CaseInfoCard({ me }: { me: Me }) {
  const form = Form.useFormInstance<FilingValues>();
  const court = Form.useWatch('courtCode', form);
  // The user's own court, once known (the form may have mounted before the user was read).
  useEffect(() => {
    if (!form.getFieldValue('courtCode')) form.setFieldsValue({ courtCode: me.court.code });
  }, [form, me.court.code]);
  const officers = useOfficers(true);
  const officerOptions = (officers.data?.items ?? [])
    .filter((o) => o.courtCode === court)
    .map((o) => ({ value: o.id, label: `${o.name}（${o.role === 'judge' ? '执行法官' : '执行员'}）` }));
  return (
    <Card title="案件信息" className="section-card">
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="courtCode" label="执行法院" rules={[{ required: true, message: '请选择执行法院' }]}>
            <CourtPicker me={me} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={4}>
          <Form.Item name="type" label="案件类型" rules={[{ required: true, message: '请选择案件类型' }]}>
            <Select options={typeOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="cause" label="案由">
            <Input placeholder="如 民间借贷纠纷" maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="officerId" label="承办人">
            <Select allowClear showSearch optionFilterProp="label" placeholder="立案后 7 日内确定" options={officerOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="appliedOn" label="申请执行日期" extra="申请执行书提交之日">
            <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="filedOn" label="立案日期" rules={filedOnRules} dependencies={[['title', 'effectiveOn']]}>
            <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="claimAmount"
            label="申请执行标的（元）"
            rules={[{ required: true, whitespace: true, message: '请填写申请执行标的' }, moneyRule]}
          >
            <Input placeholder="如 1,200,000.00" style={{ textAlign: 'right' }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** Hints, never refusals: the two-year period (民事诉讼法 第250条) and a claim that disagrees with the obligations. */
function TitleHints() {
  const form = Form.useFormInstance<FilingValues>();
  const v = Form.useWatch([], form) as Partial<FilingValues> | undefined;
  const hints: string[] = [];
  const from = v?.title?.performanceDeadline ?? v?.title?.effectiveOn;
  const applied = v?.appliedOn ?? v?.filedOn;
  if (from && applied && v?.type !== 'preservation') {
    const end = nominalPeriodEnd(day(from), APPLICATION_PERIOD_YEARS, 'year');
    if (day(applied) > end)
      hints.push(
        `申请执行的期间为二年，自${v?.title?.performanceDeadline ? '履行期限届满' : '生效'}之日 ${day(from)} 起算，约于 ${end} 届满（遇休假日顺延）；超过期间仍应立案，由被执行人提出异议。`,
      );
  }
  const claim = v?.claimAmount ? parseTypedMoney(v.claimAmount) : null;
  const money = (v?.title?.obligations ?? []).filter((o) => o?.kind === 'money').map((o) => (o.amount ? parseTypedMoney(o.amount) : null));
  if (claim && money.length && money.every((m) => m !== null)) {
    const cents = (y: string) => BigInt(y.replace('.', ''));
    const sum = money.reduce((a, m) => a + cents(m), 0n);
    const diff = cents(claim) - sum;
    if (diff !== 0n) {
      const abs = (diff < 0n ? -diff : diff).toString().padStart(3, '0');
      hints.push(
        `申请执行标的与金钱义务合计 ${formatMoney(`${sum / 100n}.${String(sum % 100n).padStart(2, '0')}`)} 不一致，${diff > 0n ? '多' : '少'} ${formatMoney(`${abs.slice(0, -2)}.${abs.slice(-2)}`)}。`,
      );
    }
  }
  if (!hints.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message="请核对"
      description={hints.map((h) => (
        <div key={h}>{h}</div>
      ))}
      style={{ marginTop: 8 }}
    />
  );
}

export function TitleCard() {
  return (
    <Card title="执行依据" className="section-card">
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name={['title', 'issuerType']} label="执行依据种类">
            <Select options={issuerOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={9}>
          <Form.Item
            name={['title', 'documentNumber']}
            label="执行依据文书号"
            rules={[{ required: true, whitespace: true, message: '请填写执行依据文书号' }]}
          >
            <Input placeholder="如（2025）粤0703民初1234号、（2025）江仲案字第312号" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={24} xl={9}>
          <Form.Item
            name={['title', 'issuer']}
            label="作出机构"
            rules={[{ required: true, whitespace: true, message: '请填写作出执行依据的机构' }]}
          >
            <Input placeholder="如 江门市蓬江区人民法院、江门仲裁委员会" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name={['title', 'effectiveOn']} label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name={['title', 'performanceDeadline']}
            label="履行期限届满日"
            rules={deadlineRules}
            dependencies={[['title', 'effectiveOn']]}
          >
            <DatePicker style={{ width: '100%' }} placeholder="选填" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong style={{ display: 'block', margin: '8px 0' }}>
        确定的义务
      </Typography.Text>
      <ObligationListField />
      <TitleHints />
    </Card>
  );
}
