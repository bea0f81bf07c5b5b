import { useEffect, useState } from 'react';
import type { DashboardMetricsQuery as DashboardMetricsResult } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { DashboardMetricsQuery } from '../api/operations';
import { lastDays, type RangeDays } from '../helpers/time-range';

export type Metrics = DashboardMetricsResult['metrics'];
export type LoadedMetrics = { days: RangeDays; range: { from: string; to: string }; metrics: Metrics };

/** The workspace's metrics over the last `days` days; the previous figures stay on screen while new ones load. */
export function useMetrics(days: RangeDays) {
  const [loaded, setLoaded] = useState<LoadedMetrics | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const range = lastDays(days);
    setLoading(true);
    setError(null);
    request(appApi, DashboardMetricsQuery, { range })
      .then(({ metrics }) => current && setLoaded({ days, range, metrics }))
      .catch((caught: unknown) => current && setError(caught instanceof ApiError ? caught.message : String(caught)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [days]);

  return { loaded, loading, error };
}
