import { Button, Col, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { moneyRule } from '../../lib/money.ts';

/** The obligations the enforcement title imposes: pay money, or do an act. */
export function ObligationListField() {
  return (
    <Form.List
      name={['title', 'obligations']}
      rules={[
        {
          validator: async (_, list?: unknown[]) => {
            if (!list?.length) throw new Error('执行依据至少需要一项义务');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Row gutter={16} key={field.key} align="top">
              <Col xs={24} md={5}>
                <Form.Item
                  name={[field.name, 'kind']}
                  label={index === 0 ? '义务类型' : undefined}
                  rules={[{ required: true, message: '请选择义务类型' }]}
                >
                  <Select
                    options={[
                      { value: 'money', label: '给付金钱' },
                      { value: 'act', label: '行为义务' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const money = getFieldValue(['title', 'obligations', field.name, 'kind']) !== 'act';
                  return (
                    <>
                      <Col xs={24} md={6}>
                        {money && (
                          <Form.Item
                            name={[field.name, 'amount']}
                            label={index === 0 ? '金额（元）' : undefined}
                            rules={[{ required: true, whitespace: true, message: '请填写给付金额' }, moneyRule]}
                          >
                            <Input placeholder="如 120000.00" style={{ textAlign: 'right' }} />
                          </Form.Item>
                        )}
                      </Col>
                      <Col xs={22} md={12}>
                        <Form.Item
                          name={[field.name, 'description']}
                          label={index === 0 ? '义务内容' : undefined}
                          rules={money ? [] : [{ required: true, whitespace: true, message: '请填写行为义务的内容' }]}
                        >
                          <Input placeholder={money ? '如：偿还借款本金及利息（选填）' : '如：交付车辆、腾退房屋'} maxLength={200} />
                        </Form.Item>
                      </Col>
                    </>
                  );
                }}
              </Form.Item>
              <Col xs={2} md={1}>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除义务"
                    onClick={() => remove(field.name)}
                    style={{ marginTop: index === 0 ? 30 : 0 }}
                  />
                )}
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'money' })}>
            添加义务
          </Button>
        </>
      )}
    </Form.List>
  );
}
