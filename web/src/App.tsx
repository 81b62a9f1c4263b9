import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import { SettingsProvider } from './components/Settings';
import { I18nProvider } from './i18n/I18n';
import { DashboardPage } from './pages/DashboardPage';
import { DecisionPage } from './pages/DecisionPage';
import { HomePage } from './pages/HomePage';
import { LawPage } from './pages/LawPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PenaltyPage } from './pages/PenaltyPage';
import { SearchPage } from './pages/SearchPage';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

/** The pages and their URLs (a public contract: docs/design.md, "The web application"). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SettingsProvider>
          <Layout>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/search" component={SearchPage} />
              <Route path="/law" component={LawPage} />
              <Route path="/penalty" component={PenaltyPage} />
              <Route path="/decision" component={DecisionPage} />
              <Route path="/dashboard" component={DashboardPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </Layout>
        </SettingsProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
