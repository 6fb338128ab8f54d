import { Type } from '@sinclair/typebox';

// The request header every creating route accepts (documented in the OpenAPI document).
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    // The limits (1–255 visible ASCII characters) are checked by idempotencyOf, which answers with its own code.
    Type.String({
      description:
        '幂等键：客户端为每个新请求生成的唯一字符串（如 UUID），重试时原样带上。同一用户以同一幂等键重复提交相同内容，答复第一次的结果而不重复办理（答复头 Idempotent-Replayed: true）；内容不同则答复 409 idempotency-key-reused。幂等键为 1–255 个可见 ASCII 字符，保留 24 小时。',
    }),
  ),
});
