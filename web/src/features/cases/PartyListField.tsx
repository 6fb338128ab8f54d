import { Button, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { creditCodeRules, idNumberRules, type PartyValues } from './filing-form.ts';

/** A dynamic list of parties (申请执行人 or 被执行人), each a natural person or an organisation. */
type PartyFormValues = Partial<Record<'applicants' | 'debtors', (Partial<PartyValues> | undefined)[]>>;

export function PartyListField({ name, label }: { name: 'applicants' | 'debtors'; label: string }) {
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
            <div className="party-block" key={field.key} data-testid={`${name}-${index}`}>
              <div className="party-block-head">
                <Typography.Text strong>
                  {label} {index + 1}
                </Typography.Text>
                <span>
                  <Form.Item name={[field.name, 'kind']} noStyle>
                    <Radio.Group
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
                shouldUpdate={(a: PartyFormValues, b: PartyFormValues) => a[name]?.[field.name]?.kind !== b[name]?.[field.name]?.kind}
              >
                {({ getFieldValue }) => {
                  const kind = (getFieldValue([name, field.name, 'kind']) as PartyValues['kind']) ?? 'person';
                  // Keyed by kind, so that switching kind never carries one field's error onto another.
                  return kind === 'person' ? (
                    <Row gutter={16} key="person">
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, 'name']}
                          label="姓名"
                          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                        >
                          <Input placeholder="与身份证一致" maxLength={100} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'idNumber']} label="公民身份号码" rules={idNumberRules} validateDebounce={300}>
                          <Input
                            placeholder="18位身份证号码"
                            maxLength={18}
                            style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  ) : (
                    <Row gutter={16} key="organization">
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, 'name']}
                          label="单位名称"
                          rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}
                        >
                          <Input placeholder="与营业执照一致" maxLength={100} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, 'creditCode']}
                          label="统一社会信用代码"
                          rules={creditCodeRules}
                          validateDebounce={300}
                        >
                          <Input placeholder="18位代码" maxLength={18} style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'legalRepresentative']} label="法定代表人">
                          <Input placeholder="选填" maxLength={50} />
                        </Form.Item>
                      </Col>
                    </Row>
                  );
                }}
              </Form.Item>
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
