import { Button, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { idNumberRules } from './filing-form.ts';

type AgentKind = 'lawyer' | 'other';

/** A party's 委托代理人: a lawyer with the licence number and firm, or another agent. */
export function AgentListField({ list, party }: { list: 'applicants' | 'debtors'; party: number }) {
  return (
    <Form.List name={[party, 'agents']}>
      {(fields, { add, remove }) => (
        <div className="agent-list">
          {fields.map((f, i) => (
            <div key={f.key} className="agent-block" role="group" aria-label={`委托代理人 ${i + 1}`}>
              <div className="party-block-head">
                <Typography.Text type="secondary">委托代理人 {i + 1}</Typography.Text>
                <span>
                  <Form.Item name={[f.name, 'kind']} noStyle initialValue="lawyer">
                    <Radio.Group
                      size="small"
                      options={[
                        { value: 'lawyer', label: '律师' },
                        { value: 'other', label: '其他代理人' },
                      ]}
                    />
                  </Form.Item>
                  <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(f.name)}>
                    删除
                  </Button>
                </span>
              </div>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const kind = (getFieldValue([list, party, 'agents', f.name, 'kind']) as AgentKind | undefined) ?? 'lawyer';
                  return (
                    <Row gutter={16}>
                      <Col xs={24} md={6}>
                        <Form.Item
                          name={[f.name, 'name']}
                          label="代理人姓名"
                          rules={[{ required: true, whitespace: true, message: '请填写代理人姓名' }]}
                        >
                          <Input maxLength={50} />
                        </Form.Item>
                      </Col>
                      {kind === 'lawyer' ? (
                        <>
                          <Col xs={24} md={9}>
                            <Form.Item
                              name={[f.name, 'licenseNumber']}
                              label="律师执业证号"
                              rules={[
                                { required: true, whitespace: true, message: '请填写律师执业证号' },
                                { pattern: /^\s*\d{17}\s*$/, message: '律师执业证号应为 17 位数字' },
                              ]}
                            >
                              <Input maxLength={17} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={9}>
                            <Form.Item name={[f.name, 'firm']} label="律师事务所">
                              <Input maxLength={100} />
                            </Form.Item>
                          </Col>
                        </>
                      ) : (
                        <Col xs={24} md={9}>
                          <Form.Item name={[f.name, 'idNumber']} label="身份证号码" rules={idNumberRules.slice(1)}>
                            <Input maxLength={18} placeholder="选填" />
                          </Form.Item>
                        </Col>
                      )}
                    </Row>
                  );
                }}
              </Form.Item>
            </div>
          ))}
          <Button size="small" icon={<UserAddOutlined />} onClick={() => add({ kind: 'lawyer' })} style={{ marginBottom: 16 }}>
            添加委托代理人
          </Button>
        </div>
      )}
    </Form.List>
  );
}
