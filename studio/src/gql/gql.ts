/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardMetrics($range: TimeRange!) {\n    metrics(range: $range) {\n      conversations\n      automated\n      automationRate\n      escalated\n      escalationRate\n      escalationsByTrigger { trigger count }\n      aiFirstResponseSeconds { p50 p90 count }\n      timeToClaimSeconds { p50 p90 count buckets { label count } }\n      humanFirstResponseSeconds { p50 p90 count }\n      resolutionSeconds { p50 p90 count }\n      volumeByHour\n      volumeByWeekday\n      offHoursShare\n      daily { date conversations automated }\n      topCitedArticles { title url count }\n      unansweredQuestions { text count lastAskedAt }\n    }\n  }\n": typeof types.DashboardMetricsDocument,
    "\n  fragment InboxItem on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    lastMessageAt\n    lastMessagePreview\n    createdAt\n    updatedAt\n    assignee { id name }\n    escalation { reason trigger at }\n    customer { email }\n  }\n": typeof types.InboxItemFragmentDoc,
    "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxItem } }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  subscription InboxChanged {\n    inboxChanged {\n      changes\n      conversation { ...InboxItem }\n    }\n  }\n": typeof types.InboxChangedDocument,
    "\n  fragment Thread on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    createdAt\n    assignee { id name }\n    escalation { reason trigger summary at }\n    customer { sessionId email }\n    timeline {\n      id\n      at\n      kind\n      text\n      confidence\n      author { id name }\n      citations { title url }\n    }\n  }\n": typeof types.ThreadFragmentDoc,
    "\n  query EarlierEntries($id: ID!, $before: ID!) {\n    conversation(id: $id) {\n      id\n      timeline(before: $before) {\n        id\n        at\n        kind\n        text\n        confidence\n        author { id name }\n        citations { title url }\n      }\n    }\n  }\n": typeof types.EarlierEntriesDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) { ...Thread }\n  }\n": typeof types.ConversationDocument,
    "\n  subscription ConversationUpdated($id: ID!) {\n    conversationUpdated(id: $id) { ...Thread }\n  }\n": typeof types.ConversationUpdatedDocument,
    "\n  query Agents {\n    agents { id name role }\n  }\n": typeof types.AgentsDocument,
    "\n  mutation Claim($id: ID!) {\n    claimConversation(id: $id) { ...Thread }\n  }\n": typeof types.ClaimDocument,
    "\n  mutation Release($id: ID!) {\n    releaseConversation(id: $id) { ...Thread }\n  }\n": typeof types.ReleaseDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) { ...Thread }\n  }\n": typeof types.ResolveDocument,
    "\n  mutation Transfer($id: ID!, $toAgentId: ID!) {\n    transferConversation(id: $id, toAgentId: $toAgentId) { ...Thread }\n  }\n": typeof types.TransferDocument,
    "\n  mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {\n    sendAgentMessage(conversationId: $conversationId, text: $text, clientMessageId: $clientMessageId) { ...Thread }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {\n    addNote(conversationId: $conversationId, text: $text, clientNoteId: $clientNoteId) { ...Thread }\n  }\n": typeof types.NoteDocument,
    "\n  mutation Tag($id: ID!, $tags: [String!]!) {\n    tagConversation(id: $id, tags: $tags) { ...Thread }\n  }\n": typeof types.TagDocument,
    "\n  mutation SetPriority($id: ID!, $priority: Priority!) {\n    setPriority(id: $id, priority: $priority) { ...Thread }\n  }\n": typeof types.SetPriorityDocument,
    "\n  query ExportTranscript($id: ID!) {\n    exportConversation(id: $id, format: TEXT)\n  }\n": typeof types.ExportTranscriptDocument,
    "\n  fragment ArticleSummary on Article {\n    id\n    title\n    url\n    tags\n    format\n    updatedAt\n  }\n": typeof types.ArticleSummaryFragmentDoc,
    "\n  query Articles($search: String, $first: Int, $after: String) {\n    articles(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ArticleSummary } }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) { ...ArticleSummary body }\n  }\n": typeof types.ArticleDocument,
    "\n  mutation UpsertArticle($input: ArticleInput!) {\n    upsertArticle(input: $input) { ...ArticleSummary body }\n  }\n": typeof types.UpsertArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": typeof types.DeleteArticleDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name email role }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query CurrentUser {\n    me { id name email role }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment FlowVersionSummary on FlowVersion {\n    version\n    publishedAt\n    publishedBy { id name }\n    note\n  }\n": typeof types.FlowVersionSummaryFragmentDoc,
    "\n  query FlowStudio {\n    workspace { id name publishedFlowVersion }\n    flow { version flow }\n    flowDraft { flow updatedAt updatedBy { id name } }\n    flowVersions { ...FlowVersionSummary }\n  }\n": typeof types.FlowStudioDocument,
    "\n  query FlowVersion($version: Int!) {\n    flow(version: $version) { version flow }\n  }\n": typeof types.FlowVersionDocument,
    "\n  mutation SaveFlowDraft($flow: JSON!) {\n    saveFlowDraft(flow: $flow) {\n      updatedAt\n      updatedBy { id name }\n      validation { ok issues { severity code message nodeId edgeId path } }\n    }\n  }\n": typeof types.SaveFlowDraftDocument,
    "\n  mutation PublishFlow($flow: JSON, $note: String) {\n    publishFlow(flow: $flow, note: $note) { ...FlowVersionSummary }\n  }\n": typeof types.PublishFlowDocument,
    "\n  fragment BacktestTotalsFields on BacktestTotals {\n    conversations\n    automationRate\n    escalationsByTrigger { trigger count }\n  }\n": typeof types.BacktestTotalsFieldsFragmentDoc,
    "\n  query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {\n    backtestFlow(flow: $flow, since: $since, limit: $limit) {\n      conversations\n      durationMs\n      before { ...BacktestTotalsFields }\n      after { ...BacktestTotalsFields }\n      changed { conversationId verdict actualTrigger actualTurn draftTrigger draftTurn estimated }\n    }\n  }\n": typeof types.BacktestDraftDocument,
};
const documents: Documents = {
    "\n  query DashboardMetrics($range: TimeRange!) {\n    metrics(range: $range) {\n      conversations\n      automated\n      automationRate\n      escalated\n      escalationRate\n      escalationsByTrigger { trigger count }\n      aiFirstResponseSeconds { p50 p90 count }\n      timeToClaimSeconds { p50 p90 count buckets { label count } }\n      humanFirstResponseSeconds { p50 p90 count }\n      resolutionSeconds { p50 p90 count }\n      volumeByHour\n      volumeByWeekday\n      offHoursShare\n      daily { date conversations automated }\n      topCitedArticles { title url count }\n      unansweredQuestions { text count lastAskedAt }\n    }\n  }\n": types.DashboardMetricsDocument,
    "\n  fragment InboxItem on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    lastMessageAt\n    lastMessagePreview\n    createdAt\n    updatedAt\n    assignee { id name }\n    escalation { reason trigger at }\n    customer { email }\n  }\n": types.InboxItemFragmentDoc,
    "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxItem } }\n    }\n  }\n": types.InboxDocument,
    "\n  subscription InboxChanged {\n    inboxChanged {\n      changes\n      conversation { ...InboxItem }\n    }\n  }\n": types.InboxChangedDocument,
    "\n  fragment Thread on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    createdAt\n    assignee { id name }\n    escalation { reason trigger summary at }\n    customer { sessionId email }\n    timeline {\n      id\n      at\n      kind\n      text\n      confidence\n      author { id name }\n      citations { title url }\n    }\n  }\n": types.ThreadFragmentDoc,
    "\n  query EarlierEntries($id: ID!, $before: ID!) {\n    conversation(id: $id) {\n      id\n      timeline(before: $before) {\n        id\n        at\n        kind\n        text\n        confidence\n        author { id name }\n        citations { title url }\n      }\n    }\n  }\n": types.EarlierEntriesDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) { ...Thread }\n  }\n": types.ConversationDocument,
    "\n  subscription ConversationUpdated($id: ID!) {\n    conversationUpdated(id: $id) { ...Thread }\n  }\n": types.ConversationUpdatedDocument,
    "\n  query Agents {\n    agents { id name role }\n  }\n": types.AgentsDocument,
    "\n  mutation Claim($id: ID!) {\n    claimConversation(id: $id) { ...Thread }\n  }\n": types.ClaimDocument,
    "\n  mutation Release($id: ID!) {\n    releaseConversation(id: $id) { ...Thread }\n  }\n": types.ReleaseDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) { ...Thread }\n  }\n": types.ResolveDocument,
    "\n  mutation Transfer($id: ID!, $toAgentId: ID!) {\n    transferConversation(id: $id, toAgentId: $toAgentId) { ...Thread }\n  }\n": types.TransferDocument,
    "\n  mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {\n    sendAgentMessage(conversationId: $conversationId, text: $text, clientMessageId: $clientMessageId) { ...Thread }\n  }\n": types.ReplyDocument,
    "\n  mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {\n    addNote(conversationId: $conversationId, text: $text, clientNoteId: $clientNoteId) { ...Thread }\n  }\n": types.NoteDocument,
    "\n  mutation Tag($id: ID!, $tags: [String!]!) {\n    tagConversation(id: $id, tags: $tags) { ...Thread }\n  }\n": types.TagDocument,
    "\n  mutation SetPriority($id: ID!, $priority: Priority!) {\n    setPriority(id: $id, priority: $priority) { ...Thread }\n  }\n": types.SetPriorityDocument,
    "\n  query ExportTranscript($id: ID!) {\n    exportConversation(id: $id, format: TEXT)\n  }\n": types.ExportTranscriptDocument,
    "\n  fragment ArticleSummary on Article {\n    id\n    title\n    url\n    tags\n    format\n    updatedAt\n  }\n": types.ArticleSummaryFragmentDoc,
    "\n  query Articles($search: String, $first: Int, $after: String) {\n    articles(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ArticleSummary } }\n    }\n  }\n": types.ArticlesDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) { ...ArticleSummary body }\n  }\n": types.ArticleDocument,
    "\n  mutation UpsertArticle($input: ArticleInput!) {\n    upsertArticle(input: $input) { ...ArticleSummary body }\n  }\n": types.UpsertArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": types.DeleteArticleDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name email role }\n    }\n  }\n": types.SignInDocument,
    "\n  query CurrentUser {\n    me { id name email role }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment FlowVersionSummary on FlowVersion {\n    version\n    publishedAt\n    publishedBy { id name }\n    note\n  }\n": types.FlowVersionSummaryFragmentDoc,
    "\n  query FlowStudio {\n    workspace { id name publishedFlowVersion }\n    flow { version flow }\n    flowDraft { flow updatedAt updatedBy { id name } }\n    flowVersions { ...FlowVersionSummary }\n  }\n": types.FlowStudioDocument,
    "\n  query FlowVersion($version: Int!) {\n    flow(version: $version) { version flow }\n  }\n": types.FlowVersionDocument,
    "\n  mutation SaveFlowDraft($flow: JSON!) {\n    saveFlowDraft(flow: $flow) {\n      updatedAt\n      updatedBy { id name }\n      validation { ok issues { severity code message nodeId edgeId path } }\n    }\n  }\n": types.SaveFlowDraftDocument,
    "\n  mutation PublishFlow($flow: JSON, $note: String) {\n    publishFlow(flow: $flow, note: $note) { ...FlowVersionSummary }\n  }\n": types.PublishFlowDocument,
    "\n  fragment BacktestTotalsFields on BacktestTotals {\n    conversations\n    automationRate\n    escalationsByTrigger { trigger count }\n  }\n": types.BacktestTotalsFieldsFragmentDoc,
    "\n  query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {\n    backtestFlow(flow: $flow, since: $since, limit: $limit) {\n      conversations\n      durationMs\n      before { ...BacktestTotalsFields }\n      after { ...BacktestTotalsFields }\n      changed { conversationId verdict actualTrigger actualTurn draftTrigger draftTurn estimated }\n    }\n  }\n": types.BacktestDraftDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMetrics($range: TimeRange!) {\n    metrics(range: $range) {\n      conversations\n      automated\n      automationRate\n      escalated\n      escalationRate\n      escalationsByTrigger { trigger count }\n      aiFirstResponseSeconds { p50 p90 count }\n      timeToClaimSeconds { p50 p90 count buckets { label count } }\n      humanFirstResponseSeconds { p50 p90 count }\n      resolutionSeconds { p50 p90 count }\n      volumeByHour\n      volumeByWeekday\n      offHoursShare\n      daily { date conversations automated }\n      topCitedArticles { title url count }\n      unansweredQuestions { text count lastAskedAt }\n    }\n  }\n"): typeof import('./graphql').DashboardMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxItem on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    lastMessageAt\n    lastMessagePreview\n    createdAt\n    updatedAt\n    assignee { id name }\n    escalation { reason trigger at }\n    customer { email }\n  }\n"): typeof import('./graphql').InboxItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...InboxItem } }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxChanged {\n    inboxChanged {\n      changes\n      conversation { ...InboxItem }\n    }\n  }\n"): typeof import('./graphql').InboxChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Thread on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    createdAt\n    assignee { id name }\n    escalation { reason trigger summary at }\n    customer { sessionId email }\n    timeline {\n      id\n      at\n      kind\n      text\n      confidence\n      author { id name }\n      citations { title url }\n    }\n  }\n"): typeof import('./graphql').ThreadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlierEntries($id: ID!, $before: ID!) {\n    conversation(id: $id) {\n      id\n      timeline(before: $before) {\n        id\n        at\n        kind\n        text\n        confidence\n        author { id name }\n        citations { title url }\n      }\n    }\n  }\n"): typeof import('./graphql').EarlierEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) { ...Thread }\n  }\n"): typeof import('./graphql').ConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationUpdated($id: ID!) {\n    conversationUpdated(id: $id) { ...Thread }\n  }\n"): typeof import('./graphql').ConversationUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents {\n    agents { id name role }\n  }\n"): typeof import('./graphql').AgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Claim($id: ID!) {\n    claimConversation(id: $id) { ...Thread }\n  }\n"): typeof import('./graphql').ClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Release($id: ID!) {\n    releaseConversation(id: $id) { ...Thread }\n  }\n"): typeof import('./graphql').ReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) { ...Thread }\n  }\n"): typeof import('./graphql').ResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Transfer($id: ID!, $toAgentId: ID!) {\n    transferConversation(id: $id, toAgentId: $toAgentId) { ...Thread }\n  }\n"): typeof import('./graphql').TransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {\n    sendAgentMessage(conversationId: $conversationId, text: $text, clientMessageId: $clientMessageId) { ...Thread }\n  }\n"): typeof import('./graphql').ReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {\n    addNote(conversationId: $conversationId, text: $text, clientNoteId: $clientNoteId) { ...Thread }\n  }\n"): typeof import('./graphql').NoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Tag($id: ID!, $tags: [String!]!) {\n    tagConversation(id: $id, tags: $tags) { ...Thread }\n  }\n"): typeof import('./graphql').TagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPriority($id: ID!, $priority: Priority!) {\n    setPriority(id: $id, priority: $priority) { ...Thread }\n  }\n"): typeof import('./graphql').SetPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportTranscript($id: ID!) {\n    exportConversation(id: $id, format: TEXT)\n  }\n"): typeof import('./graphql').ExportTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleSummary on Article {\n    id\n    title\n    url\n    tags\n    format\n    updatedAt\n  }\n"): typeof import('./graphql').ArticleSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($search: String, $first: Int, $after: String) {\n    articles(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ArticleSummary } }\n    }\n  }\n"): typeof import('./graphql').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) { ...ArticleSummary body }\n  }\n"): typeof import('./graphql').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertArticle($input: ArticleInput!) {\n    upsertArticle(input: $input) { ...ArticleSummary body }\n  }\n"): typeof import('./graphql').UpsertArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n"): typeof import('./graphql').DeleteArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name email role }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me { id name email role }\n  }\n"): typeof import('./graphql').CurrentUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlowVersionSummary on FlowVersion {\n    version\n    publishedAt\n    publishedBy { id name }\n    note\n  }\n"): typeof import('./graphql').FlowVersionSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowStudio {\n    workspace { id name publishedFlowVersion }\n    flow { version flow }\n    flowDraft { flow updatedAt updatedBy { id name } }\n    flowVersions { ...FlowVersionSummary }\n  }\n"): typeof import('./graphql').FlowStudioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowVersion($version: Int!) {\n    flow(version: $version) { version flow }\n  }\n"): typeof import('./graphql').FlowVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFlowDraft($flow: JSON!) {\n    saveFlowDraft(flow: $flow) {\n      updatedAt\n      updatedBy { id name }\n      validation { ok issues { severity code message nodeId edgeId path } }\n    }\n  }\n"): typeof import('./graphql').SaveFlowDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFlow($flow: JSON, $note: String) {\n    publishFlow(flow: $flow, note: $note) { ...FlowVersionSummary }\n  }\n"): typeof import('./graphql').PublishFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BacktestTotalsFields on BacktestTotals {\n    conversations\n    automationRate\n    escalationsByTrigger { trigger count }\n  }\n"): typeof import('./graphql').BacktestTotalsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {\n    backtestFlow(flow: $flow, since: $since, limit: $limit) {\n      conversations\n      durationMs\n      before { ...BacktestTotalsFields }\n      after { ...BacktestTotalsFields }\n      changed { conversationId verdict actualTrigger actualTurn draftTrigger draftTurn estimated }\n    }\n  }\n"): typeof import('./graphql').BacktestDraftDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
