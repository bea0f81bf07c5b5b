import { addEdge, getNodesBounds, ReactFlowProvider, useEdgesState, useNodesState, useReactFlow, useStore, type Connection } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { NODE_KINDS, validateFlow, type Flow, type NodeKind } from '../../../machines';
import type { FlowVersionSummaryFragment } from '../gql/graphql';
import { ApiError, request } from '../shared/api/graphql-transport';
import { useLeaveGuard } from '../shared/hooks/use-leave-guard';
import { formatDateTime } from '../shared/helpers/time';
import { appApi } from '../shared/session/session-store';
import { FlowStudioQuery, FlowVersionQuery, PublishMutation, SaveDraftMutation, StudioTeamsQuery } from './api/operations';
import { BacktestPanel } from './components/BacktestPanel';
import { EdgeInspector } from './components/EdgeInspector';
import { FlowCanvas } from './components/FlowCanvas';
import { IssueList } from './components/IssueList';
import { NodeInspector } from './components/NodeInspector';
import { KIND_LABEL } from './components/nodes/StateNode';
import { SimulatorPanel } from './components/SimulatorPanel';
import { VersionList } from './components/VersionList';
import { autoLayout } from './helpers/auto-layout';
import { edgeLanes } from './helpers/edge-lanes';
import { labelScale } from './helpers/label-scale';
import { useLabelSizes, withLabelShifts } from './hooks/label-shifts';
import { EDGE_MARKER, defaultTriggerFor, flowLogicKey, flowMeta, flowSaveKey, flowToGraph, graphToFlow, uniqueId } from './helpers/flow-graph';
import { FlowInsightsContext, groupIssues, type FlowInsights } from './hooks/flow-insights';
import { useBacktest } from './hooks/use-backtest';
import { useSimulator } from './hooks/use-simulator';
import type { StateNode, StateNodeData, TeamOption, TriggerEdge, TriggerEdgeData } from './types';

type Loaded = { flow: Flow; source: string; versions: FlowVersionSummaryFragment[]; live: number | null; teams: TeamOption[] };

/** The teams queues can route to; without them the studio still edits the flow (team selects then offer only what the flow names). */
async function loadTeams(): Promise<TeamOption[]> {
  try {
    return (await request(appApi, StudioTeamsQuery)).teams;
  } catch {
    return [];
  }
}

async function loadStudio(): Promise<Loaded> {
  const [data, teams] = await Promise.all([request(appApi, FlowStudioQuery), loadTeams()]);
  const draft = data.flowDraft;
  const published = data.flow;
  const flow = (draft?.flow ?? published?.flow) as Flow | undefined;
  if (!flow) throw new Error('This workspace has no flow yet.');
  return {
    flow,
    source: draft
      ? `draft saved ${formatDateTime(draft.updatedAt)}${draft.updatedBy ? ` by ${draft.updatedBy.name}` : ''}`
      : `published version ${published!.version}`,
    versions: data.flowVersions,
    live: data.workspace.publishedFlowVersion,
    teams: teams.map(({ id, name }) => ({ id, name })),
  };
}

/** The flow studio: the escalation flow as a graph, its validation, a simulator, drafts and versions. */
export function FlowStudioApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    loadStudio()
      .then(setLoaded)
      .catch((error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)));
  }, []);
  if (loadError)
    return (
      <p className="notice" role="alert">
        {loadError}
      </p>
    );
  if (!loaded)
    return (
      <p className="muted" style={{ padding: 20 }}>
        Loading the flow…
      </p>
    );
  return (
    <ReactFlowProvider>
      <FlowEditor initial={loaded} />
    </ReactFlowProvider>
  );
}

function FlowEditor({ initial }: { initial: Loaded }) {
  const start = useMemo(() => flowToGraph(initial.flow), [initial.flow]);
  const [nodes, setNodes, onNodesChange] = useNodesState<StateNode>(start.nodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<TriggerEdge>(start.edges);
  const [meta, setMeta] = useState(flowMeta(initial.flow));
  const [versions, setVersions] = useState(initial.versions);
  const [live, setLive] = useState(initial.live);
  const [source, setSource] = useState(initial.source);
  const [note, setNote] = useState('');
  const [newKind, setNewKind] = useState<NodeKind>('queue');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const reactFlow = useReactFlow<StateNode, TriggerEdge>();

  const flow = useMemo(() => graphToFlow(meta, nodes, edges), [meta, nodes, edges]);
  // What the server last stored (the draft, or the published version when there is no draft): the editor differs from it until saved.
  const [savedKey, setSavedKey] = useState(() => flowSaveKey(graphToFlow(flowMeta(initial.flow), start.nodes, start.edges)));
  const unsaved = flowSaveKey(flow) !== savedKey;
  useLeaveGuard(unsaved ? 'The flow has unsaved changes: leaving this page loses them. Leave anyway?' : null);
  const logicKey = flowLogicKey(flow);
  // Validation depends on what the flow means, so dragging a state does not re-run it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- logicKey stands for the flow's meaning
  const validation = useMemo(() => validateFlow(flow), [logicKey]);
  const simulator = useSimulator(flow, logicKey, validation.ok);
  const backtest = useBacktest();

  const selectEdge = useCallback(
    (id: string) => {
      setNodes((current) => current.map((node) => (node.selected ? { ...node, selected: false } : node)));
      setEdges((current) => current.map((edge) => (edge.selected !== (edge.id === id) ? { ...edge, selected: edge.id === id } : edge)));
    },
    [setEdges, setNodes],
  );
  const selectNode = useCallback(
    (id: string) => {
      setEdges((current) => current.map((edge) => (edge.selected ? { ...edge, selected: false } : edge)));
      setNodes((current) => current.map((node) => (node.selected !== (node.id === id) ? { ...node, selected: node.id === id } : node)));
    },
    [setEdges, setNodes],
  );

  // Labels are enlarged against a zoomed-out canvas (TriggerEdge), so their lanes spread as much; rounded, so a zoom gesture re-lays the edges in steps.
  const laneScale = useStore((store) => Math.round(labelScale(store.transform[2]) * 4) / 4);
  const drawnScale = useStore((store) => labelScale(store.transform[2]));
  const labelSizes = useLabelSizes(nodes, edges, validation, simulator.simulation?.firedEdgeId ?? null);
  const lanes = useMemo(() => {
    const boxes = new Map(nodes.map((node) => [node.id, { ...node.position, width: node.measured?.width ?? 170, height: node.measured?.height ?? 64 }]));
    return withLabelShifts(edges, boxes, edgeLanes(edges, boxes, laneScale), labelSizes, drawnScale);
  }, [nodes, edges, laneScale, labelSizes, drawnScale]);
  const insights = useMemo<FlowInsights>(() => {
    const { byNode, byEdge } = groupIssues(validation.issues);
    return {
      issuesByNode: byNode,
      issuesByEdge: byEdge,
      activeNodeId: simulator.simulation?.snapshot.value ?? null,
      firedEdgeId: simulator.simulation?.firedEdgeId ?? null,
      lanes,
      selectEdge,
    };
  }, [validation, simulator.simulation, lanes, selectEdge]);

  const onConnect = useCallback(
    (connection: Connection) => {
      const kindOf = (id: string) => nodes.find((node) => node.id === id)?.data.kind ?? 'ai';
      const trigger = defaultTriggerFor(kindOf(connection.source), kindOf(connection.target));
      const siblings = edges.filter((edge) => edge.source === connection.source);
      const id = uniqueId(
        trigger.type.replace(/_/g, '-'),
        edges.map((edge) => edge.id),
      );
      const data: TriggerEdgeData = {
        trigger,
        priority: Math.max(0, ...siblings.map((edge) => edge.data?.priority ?? 0)) + 10,
        label: trigger.type.replace(/_/g, ' '),
      };
      setNodes((current) => current.map((node) => (node.selected ? { ...node, selected: false } : node)));
      const edge: TriggerEdge = { ...connection, id, type: 'trigger', markerEnd: EDGE_MARKER, data, selected: true };
      setEdges((current) =>
        addEdge(
          edge,
          current.map((other): TriggerEdge => ({ ...other, selected: false })),
        ),
      );
    },
    [nodes, edges, setEdges, setNodes],
  );

  const updateEdge = (id: string, patch: Partial<TriggerEdgeData>) =>
    setEdges((current) => current.map((edge) => (edge.id === id ? { ...edge, data: { ...edge.data!, ...patch } } : edge)));
  const updateNode = (id: string, patch: Partial<StateNodeData>) =>
    setNodes((current) => current.map((node) => (node.id === id ? { ...node, data: { ...node.data, ...patch } } : node)));
  const makeInitial = (id: string) => setNodes((current) => current.map((node) => ({ ...node, data: { ...node.data, initial: node.id === id } })));
  const deleteElements = (target: { nodes?: { id: string }[]; edges?: { id: string }[] }) => void reactFlow.deleteElements(target);

  const addState = () => {
    const id = uniqueId(
      newKind,
      nodes.map((node) => node.id),
    );
    const right = Math.max(0, ...nodes.map((node) => node.position.x));
    const node: StateNode = {
      id,
      type: 'state',
      position: { x: right + 240, y: 40 },
      data: { label: KIND_LABEL[newKind], kind: newKind, initial: nodes.length === 0 },
      selected: true,
    };
    setEdges((current) => current.map((edge) => (edge.selected ? { ...edge, selected: false } : edge)));
    setNodes((current) => [...current.map((other) => (other.selected ? { ...other, selected: false } : other)), node]);
  };

  /** Shows the whole of these nodes; from their own positions, since React Flow has not applied them yet. */
  const showAll = (placed: StateNode[]) => void reactFlow.fitBounds(getNodesBounds(placed), { padding: 0.2 });

  const layout = () => {
    const placed = autoLayout(nodes, edges);
    setNodes(placed);
    showAll(placed);
  };

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ tone: 'ok', text: await work() });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof ApiError || error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const saveDraft = () =>
    run(async () => {
      const sent = flowSaveKey(flow);
      const { saveFlowDraft } = await request(appApi, SaveDraftMutation, { flow });
      setSavedKey(sent);
      setSource(`draft saved ${formatDateTime(saveFlowDraft.updatedAt)}`);
      return `Draft saved${saveFlowDraft.validation.ok ? '' : ' (it still has errors; it cannot be published yet)'}.`;
    });

  const publish = () =>
    run(async () => {
      const sent = flowSaveKey(flow);
      const { publishFlow } = await request(appApi, PublishMutation, { flow, note: note.trim() || null });
      setSavedKey(sent);
      setVersions((current) => [publishFlow, ...current.filter((version) => version.version !== publishFlow.version)]);
      setLive(publishFlow.version);
      setMeta((current) => ({ ...current, version: publishFlow.version }));
      setSource(`published version ${publishFlow.version}`);
      setNote('');
      return `Published version ${publishFlow.version}. New conversations use it; running ones keep their version.`;
    });

  const openVersion = (version: number) => {
    if (unsaved && !window.confirm(`Opening version ${version} replaces the unsaved changes in the editor. Open it anyway?`)) return;
    return run(async () => {
      const { flow: loaded } = await request(appApi, FlowVersionQuery, { version });
      if (!loaded) throw new Error(`Version ${version} does not exist.`);
      const graph = flowToGraph(loaded.flow as Flow);
      setNodes(graph.nodes);
      setEdges(graph.edges);
      setMeta({ ...flowMeta(loaded.flow as Flow), version: loaded.version });
      setSource(`published version ${loaded.version} (unsaved copy)`);
      showAll(graph.nodes);
      return `Opened version ${version} in the editor. Save it as the draft or publish it to make it live again.`;
    });
  };

  const selectedEdge = edges.find((edge) => edge.selected);
  const selectedNode = selectedEdge ? undefined : nodes.find((node) => node.selected);
  const errorCount = validation.issues.filter((issue) => issue.severity === 'error').length;

  return (
    <FlowInsightsContext.Provider value={insights}>
      <main className="studio">
        <div className="studio-main">
          <div className="studio-toolbar" role="toolbar" aria-label="Flow tools">
            <label className="row">
              <span className="visually-hidden">Kind of state to add</span>
              <select aria-label="Kind of state to add" value={newKind} onChange={(event) => setNewKind(event.target.value as NodeKind)}>
                {NODE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABEL[kind]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={addState}>
              Add state
            </button>
            <button type="button" onClick={layout}>
              Auto-layout
            </button>
            {/* Fills the room left in the toolbar and gives way (ellipsis) rather than wrap the buttons. */}
            <span className="muted editing-source" title={`Editing: ${source}`}>
              Editing: {source}
            </span>
            {unsaved && (
              <span className="badge warn" role="status">
                Unsaved changes
              </span>
            )}
            <button
              type="button"
              onClick={() => void backtest.run(flow, logicKey)}
              disabled={backtest.running || !validation.ok}
              title={
                validation.ok
                  ? 'Replay this draft over the last 30 days of conversations; saves and publishes nothing'
                  : `Fix ${errorCount} error(s) to backtest`
              }
            >
              {backtest.running ? 'Backtesting…' : 'Backtest'}
            </button>
            <button type="button" onClick={() => void saveDraft()} disabled={busy}>
              Save draft
            </button>
            <label className="row">
              <span className="visually-hidden">Version note</span>
              <input aria-label="Version note" size={16} placeholder="What changed?" value={note} onChange={(event) => setNote(event.target.value)} />
            </label>
            <button
              type="button"
              className="primary"
              onClick={() => void publish()}
              disabled={busy || !validation.ok}
              title={validation.ok ? 'Publish a new version' : `Fix ${errorCount} error(s) to publish`}
            >
              Publish
            </button>
          </div>
          {message && (
            <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'notice' : 'studio-message ok'}>
              {message.text}
            </p>
          )}
          <FlowCanvas nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onConnect={onConnect} />
          {backtest.open && <BacktestPanel backtest={backtest} logicKey={logicKey} onClose={backtest.close} />}
        </div>
        <aside className="studio-side" aria-label="Flow details">
          <IssueList validation={validation} onSelect={({ nodeId, edgeId }) => (edgeId ? selectEdge(edgeId) : nodeId ? selectNode(nodeId) : undefined)} />
          {selectedEdge && (
            <EdgeInspector
              key={selectedEdge.id}
              edge={selectedEdge}
              nodes={nodes}
              teams={initial.teams}
              issues={insights.issuesByEdge.get(selectedEdge.id) ?? []}
              onChange={(patch) => updateEdge(selectedEdge.id, patch)}
              onDelete={() => deleteElements({ edges: [{ id: selectedEdge.id }] })}
            />
          )}
          {selectedNode && (
            <NodeInspector
              key={selectedNode.id}
              node={selectedNode}
              teams={initial.teams}
              issues={insights.issuesByNode.get(selectedNode.id) ?? []}
              onChange={(patch) => updateNode(selectedNode.id, patch)}
              onMakeInitial={() => makeInitial(selectedNode.id)}
              onDelete={() => deleteElements({ nodes: [{ id: selectedNode.id }] })}
            />
          )}
          {!selectedEdge && !selectedNode && (
            <section className="side-section">
              <p className="hint">Select a state or a trigger label to edit it. Drag from a state’s right handle to another state to add a trigger.</p>
            </section>
          )}
          <SimulatorPanel flow={flow} simulator={simulator} />
          <VersionList versions={versions} live={live} onOpen={(version) => void openVersion(version)} />
        </aside>
      </main>
    </FlowInsightsContext.Provider>
  );
}
