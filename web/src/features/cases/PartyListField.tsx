import { Button, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  documentTypeFormats,
  documentTypeNames,
  organisationDocumentTypes,
  personDocumentTypes,
  type DocumentType,
} from '../../../../src/rules/identity-documents.ts';
import { isAfterToday } from '../../lib/dates.ts';
import { documentRules, type PartyValues } from './filing-form.ts';
import { AgentListField } from './AgentListField.tsx';

/** A dynamic list of parties (申请执行人 or 被执行人), each a natural person or an organisation. */
type PartyFormValues = Partial<Record<'applicants' | 'debtors', (Partial<PartyValues> | undefined)[]>>;

const MONO = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' };
const typeOptions = (types: readonly DocumentType[]) => types.map((t) => ({ value: t, label: documentTypeNames[t] }));

export function PartyListField({ name, label }: { name: 'applicants' | 'debtors'; label: string }) {
  const form = Form.useFormInstance();
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, list?: unknown[]) => {
            if (!list?.length) throw new Error(`至少需要一名${label}`);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <div className="party-block" key={field.key} data-testid={`${name}-${index}`} role="group" aria-label={`${label} ${index + 1}`}>
              <div className="party-block-head">
                <Typography.Text strong>
                  {label} {index + 1}
                </Typography.Text>
                <span>
                  <Form.Item name={[field.name, 'kind']} noStyle>
                    <Radio.Group
                      // A person's document type is no organisation's: the type starts again at the kind's default.
                      onChange={() => form.setFieldValue([name, field.name, 'idType'], undefined)}
                      optionType="button"
                      buttonStyle="solid"
                      size="small"
                      options={[
                        { value: 'person', label: '自然人' },
                        { value: 'organization', label: '单位' },
                      ]}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      size="small"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      style={{ marginLeft: 8 }}
                    >
                      删除
                    </Button>
                  )}
                </span>
              </div>
              <Form.Item
                noStyle
                shouldUpdate={(a: PartyFormValues, b: PartyFormValues) =>
                  a[name]?.[field.name]?.kind !== b[name]?.[field.name]?.kind ||
                  a[name]?.[field.name]?.idType !== b[name]?.[field.name]?.idType
                }
              >
                {({ getFieldValue }) => {
                  const kind = (getFieldValue([name, field.name, 'kind']) as PartyValues['kind']) ?? 'person';
                  const person = kind === 'person';
                  const chosen = getFieldValue([name, field.name, 'idType']) as DocumentType | undefined;
                  const allowed: readonly DocumentType[] = person ? personDocumentTypes : organisationDocumentTypes;
                  const idType: DocumentType = chosen && allowed.includes(chosen) ? chosen : allowed[0]!;
                  const numberField = idType === 'credit-code' ? 'creditCode' : 'idNumber';
                  // Keyed by kind and type, so that switching never carries one field's error onto another.
                  return (
                    <Row gutter={16} key={`${kind}-${idType}`}>
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, 'name']}
                          label={person ? '姓名' : '单位名称'}
                          rules={[{ required: true, whitespace: true, message: person ? '请填写姓名' : '请填写单位名称' }]}
                        >
                          <Input placeholder={person ? '与证件一致' : '与营业执照一致'} maxLength={100} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'idType']} label="证件类型" initialValue={idType}>
                          <Select options={typeOptions(person ? personDocumentTypes : organisationDocumentTypes)} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, numberField]}
                          label={`${documentTypeNames[idType]}号码`}
                          rules={documentRules(idType)}
                          validateDebounce={300}
                          extra={idType === 'resident-id' || idType === 'credit-code' ? undefined : documentTypeFormats[idType]}
                        >
                          <Input maxLength={32} style={MONO} />
                        </Form.Item>
                      </Col>
                      {!person && (
                        <Col xs={24} md={8}>
                          <Form.Item name={[field.name, 'legalRepresentative']} label="法定代表人或负责人">
                            <Input placeholder="选填" maxLength={50} />
                          </Form.Item>
                        </Col>
                      )}
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'phone']} label="联系电话">
                          <Input placeholder="手机或带区号的固定电话" maxLength={30} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={person ? 16 : 8}>
                        <Form.Item name={[field.name, 'address']} label={person ? '住所' : '住所地'}>
                          <Input placeholder="选填" maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={16}>
                        <Form.Item name={[field.name, 'serviceAddress']} label="送达地址">
                          <Input placeholder="当事人确认的送达地址" maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'addressConfirmedOn']} label="送达地址确认书签署日期">
                          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} placeholder="未签署的不填" />
                        </Form.Item>
                      </Col>
                    </Row>
                  );
                }}
              </Form.Item>
              <AgentListField list={name} party={field.name} />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
            添加{label}
          </Button>
        </>
      )}
    </Form.List>
  );
}
