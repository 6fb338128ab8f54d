import type { ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result, Button } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { isApiError } from './api.ts';
import { theme } from './theme.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { homeFor, meKey, useMe } from './features/access/access.api.ts';
import { TodoPage } from './features/deadlines/TodoPage.tsx';
import { LoginPage } from './features/access/LoginPage.tsx';
import { RequireAuth } from './features/access/RequireAuth.tsx';
import { ChangePasswordPage } from './features/access/ChangePasswordPage.tsx';
import { SessionsPage } from './features/access/SessionsPage.tsx';
import { UsersPage } from './features/access/UsersPage.tsx';
import { CaseListPage } from './features/cases/CaseListPage.tsx';
import { CaseDetailPage } from './features/cases/CaseDetailPage.tsx';
import { CaseFilingPage } from './features/cases/CaseFilingPage.tsx';
import { CalculatorsPage } from './features/rules/CalculatorsPage.tsx';
import { ApprovalInboxPage } from './features/approvals/ApprovalInboxPage.tsx';
import { SeizureRegisterPage } from './features/assets/SeizureRegisterPage.tsx';
import { UnmatchedPage } from './features/funds/UnmatchedPage.tsx';
import { ReconciliationPage } from './features/funds/ReconciliationPage.tsx';
import { PublicDishonestPage } from './features/credit/PublicDishonestPage.tsx';
import { RegisterPage } from './features/credit/RegisterPage.tsx';
import { StatisticsPage } from './features/credit/StatisticsPage.tsx';
import { DormantPoolPage } from './features/dormant/DormantPoolPage.tsx';

dayjs.locale('zh-cn');

const queryClient: QueryClient = new QueryClient({
  // A 401 anywhere means the session ended: forget the user, and RequireAuth sends them to /login.
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (isApiError(error) && error.status === 401 && query.queryKey !== meKey) queryClient.setQueryData(meKey, null);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已被移除。"
      extra={
        <Link to="/cases">
          <Button type="primary">返回案件列表</Button>
        </Link>
      }
    />
  );
}

const guarded = (el: ReactNode) => <RequireAuth>{el}</RequireAuth>;

function Home() {
  const me = useMe();
  return <Navigate to={homeFor(me.data)} replace />;
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<AppLayout />}>
                <Route index element={guarded(<Home />)} />
                <Route path="/calculators" element={<CalculatorsPage />} />
                <Route path="/public/dishonest" element={<PublicDishonestPage />} />
                <Route path="/cases" element={guarded(<CaseListPage />)} />
                <Route path="/cases/new" element={guarded(<CaseFilingPage />)} />
                <Route path="/cases/:id" element={guarded(<CaseDetailPage />)} />
                <Route path="/account/password" element={guarded(<ChangePasswordPage />)} />
                <Route path="/account/sessions" element={guarded(<SessionsPage />)} />
                <Route path="/admin/users" element={guarded(<UsersPage />)} />
                <Route path="/approvals" element={guarded(<ApprovalInboxPage />)} />
                <Route path="/todo" element={guarded(<TodoPage />)} />
                <Route path="/seizures" element={guarded(<SeizureRegisterPage />)} />
                <Route path="/funds/unmatched" element={guarded(<UnmatchedPage />)} />
                <Route path="/funds/reconciliation" element={guarded(<ReconciliationPage />)} />
                <Route path="/credit/listings" element={guarded(<RegisterPage />)} />
                <Route path="/credit/statistics" element={guarded(<StatisticsPage />)} />
                <Route path="/dormant" element={guarded(<DormantPoolPage />)} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
