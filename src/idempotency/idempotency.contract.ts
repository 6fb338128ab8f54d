import { Type } from '@sinclair/typebox';
import { Text } from '../shared/contract.ts';

// The request header every creating route accepts (an operation's `headers`; documented in the
// OpenAPI document). A malformed key is a 422 validation-failed on the field `idempotency-key`.
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export const IdempotencyHeaders = Type.Object({
  [IDEMPOTENCY_HEADER]: Type.Optional(
    Text({
      title: '幂等键',
      minLength: 1,
      maxLength: 255,
      pattern: '^[\\x21-\\x7e]+$',
      description:
        '幂等键：客户端为每个新请求生成的唯一字符串（如 UUID），重试时原样带上。同一用户以同一幂等键重复提交相同内容，答复第一次的结果而不重复办理（答复头 Idempotent-Replayed: true）；内容不同则答复 409 idempotency-key-reused。幂等键为 1–255 个可见 ASCII 字符，保留 24 小时。',
    }),
  ),
});
