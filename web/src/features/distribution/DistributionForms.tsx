import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { todayInShanghai } from '../../lib/dates.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useJoin, useObject, useOpenDistribution, type Distribution } from './distribution.api.ts';

/** 启动参与分配: the debtor, how its ordinary claims are paid, the money to distribute and the costs. */
export function OpenForm({ c }: { c: CaseDetail }) {
  const { message } = App.useApp();
  const open = useOpenDistribution(c.id);
  const [form] = Form.useForm<{ debtorPartyId: string; debtorKind: 'person' | 'enterprise'; proceeds: string; costs: string }>();
  const debtors = c.debtors.filter((p) => p.id);
  return (
    <Card size="small" title="启动参与分配">
      <Form
        form={form}
        name="distribution-open"
        layout="vertical"
        initialValues={{
          debtorPartyId: debtors[0]?.id,
          debtorKind: debtors[0]?.kind === 'person' ? 'person' : 'enterprise',
          costs: '0.00',
        }}
        onFinish={(v) => open.mutate(v, { onSuccess: () => announce(message, '已启动参与分配') })}
      >
        <Form.Item label="被执行人" name="debtorPartyId" rules={[{ required: true, message: '请选择被执行人' }]}>
          <Select options={debtors.map((p) => ({ value: p.id!, label: p.name }))} />
        </Form.Item>
        <Form.Item label="被执行人类型" name="debtorKind" rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'person', label: '自然人或其他组织（按比例分配）' },
              { value: 'enterprise', label: '企业法人，未移送破产（按查封顺序清偿）' },
            ]}
          />
        </Form.Item>
        <Form.Item label="可供分配的执行款（元）" name="proceeds" rules={[{ required: true, message: '请填写金额' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item label="执行费用（元）" name="costs" rules={[{ required: true, message: '请填写执行费用' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        {open.isError && <ProblemAlert error={open.error} />}
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          启动
        </Button>
      </Form>
    </Card>
  );
}

type JoinValues = {
  source: 'this' | 'other' | 'priority';
  caseId?: string;
  creditorName?: string;
  amount: string;
  basis?: string;
  rank?: number;
};

/** 申请参与分配: this case's applicant, another case's, or a priority creditor without a title. */
export function JoinForm({ c, d }: { c: CaseDetail; d: Distribution }) {
  const { message } = App.useApp();
  const join = useJoin();
  const [form] = Form.useForm<JoinValues>();
  const source = Form.useWatch('source', form);
  const enterprise = d.debtorKind === 'enterprise';
  const submit = (v: JoinValues) => {
    const body =
      v.source === 'priority'
        ? { creditorName: v.creditorName, amount: v.amount, priority: true, priorityBasis: v.basis }
        : { caseId: v.source === 'this' ? c.id : v.caseId, amount: v.amount, ...(enterprise ? { seizureRank: v.rank } : {}) };
    join.mutate({ id: d.id, body }, { onSuccess: () => (form.resetFields(), announce(message, '已登记参与分配申请')) });
  };
  return (
    <Card size="small" title="申请参与分配">
      <Form form={form} name="distribution-join" layout="vertical" initialValues={{ source: 'this' }} onFinish={submit}>
        <Form.Item label="债权人" name="source">
          <Select
            options={[
              { value: 'this', label: `本案申请执行人（${c.applicants.map((p) => p.name).join('、')}）` },
              { value: 'other', label: '他案申请执行人（有执行依据）' },
              { value: 'priority', label: '优先受偿债权人（抵押权等）' },
            ]}
          />
        </Form.Item>
        {source === 'other' && (
          <Form.Item label="执行案件编号" name="caseId" rules={[{ required: true, message: '请填写该执行案件' }]}>
            <Input />
          </Form.Item>
        )}
        {source === 'priority' && (
          <>
            <Form.Item label="债权人名称" name="creditorName" rules={[{ required: true, message: '请填写债权人' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="优先受偿的权利" name="basis" initialValue="抵押权">
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item label="债权数额（元）" name="amount" rules={[{ required: true, message: '请填写债权数额' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        {enterprise && source !== 'priority' && (
          <Form.Item label="查封顺位" name="rank" rules={[{ required: true, message: '请填写查封顺位' }]}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
        )}
        {join.isError && <ProblemAlert error={join.error} />}
        <Button htmlType="submit" loading={join.isPending}>
          登记申请
        </Button>
      </Form>
    </Card>
  );
}

type ObjectionValues = { claimId: string; targetClaimId: string; disputed: string; reason: string; written: boolean };

/** 登记分配方案异议: who objects, to whose allocation, how much is in dispute. */
export function ObjectionForm({ d }: { d: Distribution }) {
  const { message } = App.useApp();
  const object = useObject();
  const [form] = Form.useForm<ObjectionValues>();
  const served = d.claims.filter((x) => x.servedOn);
  const options = d.claims.map((x) => ({ value: x.id, label: x.creditorName }));
  return (
    <Card size="small" title="登记分配方案异议">
      <Form
        form={form}
        name="distribution-objection"
        layout="vertical"
        onFinish={(v) =>
          object.mutate(
            {
              id: d.id,
              body: {
                claimId: v.claimId,
                targetClaimId: v.targetClaimId,
                disputed: v.disputed,
                reason: v.reason,
                objectedOn: todayInShanghai(),
              },
            },
            { onSuccess: () => (form.resetFields(), announce(message, '已登记异议，争议金额已提存')) },
          )
        }
      >
        <Form.Item label="异议人" name="claimId" rules={[{ required: true, message: '请选择异议人' }]}>
          <Select options={served.map((x) => ({ value: x.id, label: x.creditorName }))} />
        </Form.Item>
        <Form.Item label="被异议的债权人" name="targetClaimId" rules={[{ required: true, message: '请选择' }]}>
          <Select options={options} />
        </Form.Item>
        <Form.Item label="争议金额（元）" name="disputed" rules={[{ required: true, message: '请填写争议金额' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item label="异议理由" name="reason" rules={[{ required: true, message: '请填写异议理由' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="written"
          valuePropName="checked"
          rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('异议须书面提出'))) }]}
        >
          <Checkbox>已收到书面异议</Checkbox>
        </Form.Item>
        {object.isError && <ProblemAlert error={object.error} />}
        <Button htmlType="submit" loading={object.isPending}>
          登记异议
        </Button>
      </Form>
    </Card>
  );
}
