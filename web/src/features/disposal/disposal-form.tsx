import type { ReactNode } from 'react';
import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday } from '../../lib/dates.ts';
import { moneyRule, parseTypedMoney } from '../../lib/money.ts';

// What the 处置 dialogs share: the dialog frame with the server's refusal in Chinese, and the
// money and date fields with their Chinese validation messages.

type ModalProps = {
  title: string;
  okText?: string;
  pending: boolean;
  error: unknown;
  onOk: () => void;
  onClose: () => void;
  hint?: ReactNode;
  width?: number;
  children: ReactNode;
};

export function DisposalModal({ title, okText = '确认', pending, error, onOk, onClose, hint, width, children }: ModalProps) {
  return (
    <Modal
      title={title}
      open
      onOk={onOk}
      onCancel={onClose}
      okText={okText}
      cancelText="取消"
      confirmLoading={pending}
      destroyOnHidden
      width={width}
    >
      {hint && <div style={{ marginBottom: 12, color: 'rgba(0,0,0,0.55)' }}>{hint}</div>}
      {error ? <ProblemAlert error={error} style={{ marginBottom: 12 }} /> : null}
      {children}
    </Modal>
  );
}

/** A yuan amount typed with or without separators; `required` names it in the message. */
export function MoneyItem({ name, label, required = true, extra }: { name: string; label: string; required?: boolean; extra?: ReactNode }) {
  return (
    <Form.Item
      name={name}
      label={`${label}（元）`}
      extra={extra}
      rules={[...(required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []), moneyRule]}
    >
      <Input inputMode="decimal" maxLength={20} placeholder="如 1,000,000.00" />
    </Form.Item>
  );
}

/** A day that has happened (a recorded fact): days after today cannot be picked. */
export function DayItem({ name, label, past = true }: { name: string; label: string; past?: boolean }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请选择${label}` }]}>
      <DatePicker style={{ width: '100%' }} {...(past ? { disabledDate: isAfterToday } : {})} />
    </Form.Item>
  );
}

/** A typed amount as the API's yuan text ("1,000,000" → "1000000.00"); undefined when left empty. */
export const yuanOf = (text: string | undefined): string | undefined => (text?.trim() ? (parseTypedMoney(text) ?? text.trim()) : undefined);

export const dayOf = (d: Dayjs): string => d.format('YYYY-MM-DD');
