import { Type } from '@sinclair/typebox';
import { OneOf, operation } from '../shared/contract.ts';

// The platform's own routes: health and the API document itself.
const tags = ['平台'];

export const Health = Type.Object(
  {
    status: OneOf(['ok'] as const, { description: '服务可用' }),
    database: OneOf(['pglite', 'postgres'] as const, { description: '数据库类型：pglite（内嵌，演示用）或 postgres' }),
  },
  { $id: 'Health', title: '健康状态' },
);

export const health = operation({
  operationId: 'getHealth',
  summary: '健康检查',
  description:
    '服务及其数据库是否可用。数据库无法访问时答复 503 `database-unavailable`，数据库恢复后即恢复 200；供负载均衡和监控探测，无需登录。',
  tags,
  signedIn: false,
  status: 200,
  response: Health,
  errors: ['database-unavailable'],
});

export const openapiDocument = operation({
  operationId: 'getOpenApiDocument',
  summary: '接口文档（OpenAPI 3.1）',
  description: '本接口的 OpenAPI 3.1 文档（JSON），可导入 Postman、Apifox 或代码生成工具。交互式文档见 /docs。无需登录。',
  tags,
  signedIn: false,
  status: 200,
  response: Type.Object(
    {
      openapi: Type.String(),
      info: Type.Object({}, { additionalProperties: true }),
      paths: Type.Object({}, { additionalProperties: true }),
    },
    { additionalProperties: true, title: 'OpenAPI 文档' },
  ),
  errors: [],
});
