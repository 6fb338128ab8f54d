import { useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { DownloadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { todayInShanghai } from '../../lib/dates.ts';
import { can, useMe } from '../access/access.api.ts';
import { downloadPoolExport, type DormantItem, type PoolExportQuery } from './dormant.api.ts';
import { PoolAssignDialog } from './PoolAssignDialog.tsx';

// The pool's bulk actions: 导出全部筛选结果 always; with rows selected, their count, 指派承办人（N）
// (for those who may assign) and 导出所选.

type Props = { filters: PoolExportQuery; selected: DormantItem[]; onClear: () => void; total: number };

export function PoolBulkBar({ filters, selected, onClear, total }: Props) {
  const me = useMe();
  const { message } = App.useApp();
  const [assigning, setAssigning] = useState(false);
  const [exporting, setExporting] = useState<'all' | 'selected' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const exportRows = async (which: 'all' | 'selected') => {
    setExporting(which);
    setError(null);
    try {
      const query = which === 'all' ? filters : { ...filters, caseIds: selected.map((d) => d.caseId).join(',') };
      await downloadPoolExport(query, `终本案件库-${todayInShanghai()}.xlsx`);
      announce(message, which === 'all' ? '已导出全部筛选结果' : `已导出所选 ${selected.length} 件`);
    } catch (e) {
      setError(e);
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      {error !== null && <ProblemAlert error={error} style={{ margin: 12 }} />}
      <div className="list-toolbar" role="toolbar" aria-label="批量操作">
        <Space wrap>
          {selected.length > 0 && (
            <>
              <Typography.Text strong role="status">{`已选 ${selected.length} 件`}</Typography.Text>
              {can(me.data, 'case.assign') && (
                <Button type="primary" icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)}>
                  {`指派承办人（${selected.length}）`}
                </Button>
              )}
              <Button icon={<DownloadOutlined />} loading={exporting === 'selected'} onClick={() => void exportRows('selected')}>
                导出所选
              </Button>
              <Button type="link" onClick={onClear}>
                取消选择
              </Button>
            </>
          )}
          <Button icon={<DownloadOutlined />} loading={exporting === 'all'} disabled={total === 0} onClick={() => void exportRows('all')}>
            导出全部筛选结果
          </Button>
        </Space>
      </div>
      <PoolAssignDialog
        cases={selected}
        open={assigning}
        onClose={(done) => {
          setAssigning(false);
          if (done) onClear();
        }}
      />
    </>
  );
}
