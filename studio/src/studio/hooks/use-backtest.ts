import { useCallback, useState } from 'react';
import type { Flow } from '../../../../machines';
import type { BacktestDraftQuery as BacktestDraftResult } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { BacktestDraftQuery } from '../api/operations';
import { BACKTEST_LIMIT, backtestSince } from '../helpers/backtest';

export type BacktestReport = BacktestDraftResult['backtestFlow'];
export type BacktestState = {
  open: boolean;
  running: boolean;
  report: BacktestReport | null;
  error: string | null;
  /** The flow logic the report is about, to tell when the draft has changed since. */
  ranFor: string | null;
};

const CLOSED: BacktestState = { open: false, running: false, report: null, error: null, ranFor: null };

/** Runs the draft in the editor over recorded conversations (a read-only query: nothing is saved or published). */
export function useBacktest() {
  const [state, setState] = useState<BacktestState>(CLOSED);

  const run = useCallback(async (flow: Flow, logicKey: string) => {
    setState((current) => ({ ...current, open: true, running: true, error: null }));
    try {
      const { backtestFlow } = await request(appApi, BacktestDraftQuery, { flow, since: backtestSince(), limit: BACKTEST_LIMIT });
      setState({ open: true, running: false, report: backtestFlow, error: null, ranFor: logicKey });
    } catch (caught) {
      setState((current) => ({ ...current, running: false, error: caught instanceof ApiError ? caught.message : String(caught) }));
    }
  }, []);
  const close = useCallback(() => setState(CLOSED), []);

  return { ...state, run, close };
}
