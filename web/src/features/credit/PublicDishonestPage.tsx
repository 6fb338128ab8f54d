import { Alert, Card, Descriptions, Empty, Grid, Input, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { client, isApiError, unwrap, type Reply } from '../../api.ts';

// The public query of the dishonest list (失信被执行人名单): anyone, without signing in, by name,
// ID number or credit code; the server answers the published fields only (ID numbers masked).

type Answer = Reply<'/api/v1/public/dishonest', 'get'>;
type Item = Answer['items'][number];

const NOTE =
  '依《最高人民法院关于公布失信被执行人名单信息的若干规定》第六条公布。可按姓名或名称（至少两个字，自开头起匹配）、完整的身份证号码或统一社会信用代码查询；' +
  '身份证号码隐去中间部分，不公布住址、电话和出生日期。已删除或期限届满的信息不再公布。';

const byName: Record<Answer['by'], string> = { name: '姓名或名称', 'id-number': '身份证号码', 'credit-code': '统一社会信用代码' };

function ListingCard({ item, phone }: { item: Item; phone: boolean }) {
  const person = item.kind === 'person';
  return (
    <Card
      size="small"
      className="public-listing"
      title={
        <Space wrap size={4}>
          <Typography.Text strong>{item.name}</Typography.Text>
          <Tag color={person ? 'blue' : 'purple'}>{person ? '自然人' : '单位'}</Tag>
        </Space>
      }
      extra={!phone && <Typography.Text type="secondary">发布于 {item.publishedOn}</Typography.Text>}
    >
      <Descriptions size="small" column={phone ? 1 : 2} colon={false} labelStyle={{ minWidth: 96 }}>
        {person ? (
          <>
            <Descriptions.Item label="身份证号码">{item.idNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="性别 / 年龄">
              {item.sex ?? '—'} / {item.age === null ? '—' : `${item.age} 岁`}
            </Descriptions.Item>
          </>
        ) : (
          <>
            <Descriptions.Item label="统一社会信用代码">{item.creditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="法定代表人">{item.legalRepresentative ?? '—'}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label="执行法院">{item.court}</Descriptions.Item>
        <Descriptions.Item label="执行案号">{item.caseNumber}</Descriptions.Item>
        <Descriptions.Item label="立案时间">{item.filedOn}</Descriptions.Item>
        <Descriptions.Item label="执行依据">{item.basis}</Descriptions.Item>
        <Descriptions.Item label="确定的义务" span={phone ? 1 : 2}>
          {item.obligation}
        </Descriptions.Item>
        <Descriptions.Item label="履行情况">{item.performance}</Descriptions.Item>
        <Descriptions.Item label="失信行为情形">{item.behaviour}</Descriptions.Item>
        {phone && <Descriptions.Item label="发布时间">{item.publishedOn}</Descriptions.Item>}
        {item.endsOn && <Descriptions.Item label="期限届满">{item.endsOn}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

export function PublicDishonestPage() {
  const [params, setParams] = useSearchParams();
  const phone = Grid.useBreakpoint().md === false;
  const q = params.get('q')?.trim() ?? '';
  const answer = useQuery({
    queryKey: ['public-dishonest', q],
    enabled: q.length > 0,
    queryFn: () => unwrap(client.GET('/api/v1/public/dishonest', { params: { query: { q } } })),
  });
  const failed = answer.error;
  return (
    <div className="public-dishonest" style={{ maxWidth: 960, margin: '0 auto' }}>
      <Typography.Title level={3}>失信被执行人查询</Typography.Title>
      <Typography.Paragraph type="secondary">{NOTE}</Typography.Paragraph>
      <Input.Search
        aria-label="姓名或名称、身份证号码、统一社会信用代码"
        placeholder="姓名或名称、身份证号码、统一社会信用代码"
        enterButton="查询"
        size="large"
        defaultValue={q}
        maxLength={60}
        allowClear
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: false })}
      />
      <div style={{ marginTop: 16 }} aria-live="polite">
        {answer.isFetching && <Spin tip="正在查询" />}
        {failed && (
          <Alert
            type={isApiError(failed) && failed.status === 429 ? 'warning' : 'error'}
            showIcon
            role="alert"
            message={isApiError(failed) ? failed.title : '查询失败，请稍后再试'}
            description={isApiError(failed) ? failed.detail : undefined}
          />
        )}
        {answer.data && (
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            <Typography.Text data-testid="public-result-count">
              按{byName[answer.data.by]}查询「{q}」：{answer.data.items.length} 条
              {answer.data.truncated ? '（仅显示前 50 条，请输入更完整的内容）' : ''}
            </Typography.Text>
            {answer.data.items.length === 0 ? (
              <Empty description="未查询到已公布的失信被执行人信息" />
            ) : (
              answer.data.items.map((item) => <ListingCard key={`${item.caseNumber}/${item.name}`} item={item} phone={phone} />)
            )}
          </Space>
        )}
      </div>
    </div>
  );
}
