import type { ReactElement } from 'react';
import { Grid, Select, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { AuctionPlanTab } from './AuctionPlanTab.tsx';
import { CaseNumberTab } from './CaseNumberTab.tsx';
import { DelayInterestTab } from './DelayInterestTab.tsx';
import { DishonestListingTab } from './DishonestListingTab.tsx';
import { DistributionTab } from './DistributionTab.tsx';
import { IdentityTab } from './IdentityTab.tsx';
import { PayoutDeadlineTab } from './PayoutDeadlineTab.tsx';
import { PeriodTab } from './PeriodTab.tsx';
import { SeizureTermTab } from './SeizureTermTab.tsx';
import { TerminationCheckTab } from './TerminationCheckTab.tsx';
import { calculatorOrder, calculatorPages } from './calculator-fields.ts';
import type { CalculatorName } from './rules.api.ts';

// One tab per calculator of the server's registry: a calculator without a tab fails a test.
const panels: { [N in CalculatorName]: () => ReactElement } = {
  'delay-interest': DelayInterestTab,
  period: PeriodTab,
  'payout-deadline': PayoutDeadlineTab,
  'seizure-term': SeizureTermTab,
  'auction-plan': AuctionPlanTab,
  distribution: DistributionTab,
  'termination-check': TerminationCheckTab,
  'dishonest-listing': DishonestListingTab,
  'case-number': CaseNumberTab,
  identity: IdentityTab,
};

const isCalculator = (key: string | null): key is CalculatorName => key !== null && key in panels;

/** The public legal calculators: usable without signing in; every answer cites its legal basis. */
export function CalculatorsPage() {
  const [params, setParams] = useSearchParams();
  // Unknown on the first render: tabs until the width is measured.
  const phone = Grid.useBreakpoint().md === false;
  const wanted = params.get('tab');
  const active: CalculatorName = isCalculator(wanted) ? wanted : 'delay-interest';
  const choose = (key: string) => setParams({ tab: key }, { replace: true });
  const items = calculatorOrder.map((name) => {
    const Panel = panels[name];
    return { key: name, label: calculatorPages[name].tab, children: <Panel /> };
  });
  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>执行法律计算器</Typography.Title>
        <Typography.Text type="secondary">计算结果仅供参考，以人民法院的法律文书为准</Typography.Text>
      </div>
      <Tabs
        type="card"
        activeKey={active}
        onChange={choose}
        items={items}
        className="calc-tabs"
        // On a phone ten tabs do not fit: a picker names the calculator shown.
        renderTabBar={
          phone
            ? () => (
                <label style={{ display: 'block', marginBottom: 12 }}>
                  <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
                    选择计算器
                  </Typography.Text>
                  <Select
                    aria-label="选择计算器"
                    value={active}
                    onChange={choose}
                    style={{ width: '100%' }}
                    size="large"
                    options={calculatorOrder.map((name) => ({ value: name, label: calculatorPages[name].title }))}
                  />
                </label>
              )
            : undefined
        }
      />
    </>
  );
}
