import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import {
  CheckCircleOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  ClockCircleOutlined,
  UserSwitchOutlined,
  LogoutOutlined,
} from '@ant-design/icons';
import { can, type Me } from '../access/access.api.ts';
import { canResume, transitionNames, transitionsFrom, type Transition } from '../../../../src/shared/vocabulary.ts';
import { ClosureDialog } from './ClosureDialog.tsx';
import { TransitionDialog } from './TransitionDialog.tsx';
import { ResumeDialog } from './ResumeDialog.tsx';
import { OfficerDialog } from './OfficerDialog.tsx';
import { PoolExitDialog } from '../dormant/PoolExitDialog.tsx';
import { useDormantStanding } from '../dormant/exit.api.ts';
import type { CaseDetail } from './cases.api.ts';

const icons: Record<Transition, ReactNode> = {
  start: <PlayCircleOutlined />,
  suspend: <PauseCircleOutlined />,
  defer: <ClockCircleOutlined />,
  continue: <PlayCircleOutlined />,
};

/** The actions this user may take on this case now: by permission and by the case's status. */
export function CaseActions({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const [transition, setTransition] = useState<Transition | null>(null);
  const [closing, setClosing] = useState(false);
  const [resuming, setResuming] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [exiting, setExiting] = useState(false);

  // While a request awaits approval, nobody files another (暂缓, 结案): the pending one is shown on the case.
  const pending = !!c.approvals.pending;
  const transitions = can(me, 'case.progress') ? transitionsFrom(c.status).filter((t) => !(pending && t === 'defer')) : [];
  const mayClose = can(me, 'case.close') && c.status !== 'closed' && !pending;
  const mayResume = can(me, 'case.file') && canResume(c.status, c.closure?.mode ?? null);
  const mayAssign = can(me, 'case.assign') && c.status !== 'closed';
  // A 终本 case still in the pool may leave it by payment, 执转破 or 终结执行 (src/rules/pool-exit.ts).
  const dormant = c.closure?.mode === 'current-procedure-terminated' && can(me, 'case.close');
  const standing = useDormantStanding(c.id, dormant);
  const mayExit = dormant && standing.data?.status === 'in-pool';
  if (!transitions.length && !mayClose && !mayResume && !mayAssign && !mayExit) return null;

  return (
    <>
      <Space wrap>
        {transitions.map((t) => (
          <Button key={t} icon={icons[t]} type={t === 'start' || t === 'continue' ? 'primary' : 'default'} onClick={() => setTransition(t)}>
            {transitionNames[t]}
          </Button>
        ))}
        {mayAssign && (
          <Button icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)}>
            指定承办人
          </Button>
        )}
        {mayClose && (
          <Button icon={<CheckCircleOutlined />} danger onClick={() => setClosing(true)}>
            结案
          </Button>
        )}
        {mayResume && (
          <Button type="primary" icon={<RedoOutlined />} onClick={() => setResuming(true)}>
            恢复执行
          </Button>
        )}
        {mayExit && (
          <Button icon={<LogoutOutlined />} onClick={() => setExiting(true)}>
            出库
          </Button>
        )}
      </Space>
      <TransitionDialog c={c} transition={transition} onClose={() => setTransition(null)} />
      <ClosureDialog c={c} open={closing} onClose={() => setClosing(false)} />
      <ResumeDialog c={c} open={resuming} onClose={() => setResuming(false)} />
      <OfficerDialog c={c} open={assigning} onClose={() => setAssigning(false)} />
      {mayExit && <PoolExitDialog c={c} open={exiting} onClose={() => setExiting(false)} />}
    </>
  );
}
