import { useState } from 'react';
import { Select } from 'antd';
import { useMe } from './access.api.ts';
import { useCourtSearch } from './account.api.ts';

type Props = {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  /** A court to offer besides the administrator's own (the account's present court). */
  current?: { code: string; name: string } | undefined;
  style?: React.CSSProperties;
};

/** A court by name or code: the administrator's own court first; those who manage courts below may search. */
export function CourtSelect({ id, value, onChange, allowClear, placeholder, current, style }: Props) {
  const me = useMe();
  const [q, setQ] = useState('');
  const found = useCourtSearch(q);
  const own = [me.data?.court, current]
    .filter((c): c is { code: string; name: string } => Boolean(c))
    .filter((c, i, all) => all.findIndex((o) => o.code === c.code) === i)
    .map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }));
  const searchable = me.data?.scope === 'subtree';
  const options = [...own, ...(found.data ?? []).filter((o) => !own.some((c) => c.value === o.value))];
  return (
    <Select
      id={id}
      style={style}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      placeholder={placeholder ?? (searchable ? '输入法院名称或代字查找' : '本院')}
      showSearch={searchable}
      filterOption={false}
      onSearch={setQ}
      loading={found.isFetching}
      options={options}
      notFoundContent={q ? '没有找到该法院' : null}
      popupMatchSelectWidth={false}
    />
  );
}
